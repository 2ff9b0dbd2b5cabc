import { Module } from '@nestjs/common';
import { PasswordHasher } from '@kdmp/auth';
import { CooperativeTransitioner } from './shared/cooperative-transitioner';
import { RegisterCooperativeUseCase } from './register-cooperative/register-cooperative.use-case';
import { WithdrawCooperativeUseCase } from './withdraw-cooperative/withdraw-cooperative.use-case';
import { GetCooperativeUseCase } from './get-cooperative/get-cooperative.use-case';
import { GetTimelineUseCase } from './get-timeline/get-timeline.use-case';
import { FanOutEventUseCase } from './fan-out-event/fan-out-event.use-case';
import { RecipientResolver } from './fan-out-event/recipient-resolver';

const USE_CASES = [
  RegisterCooperativeUseCase,
  WithdrawCooperativeUseCase,
  GetCooperativeUseCase,
  GetTimelineUseCase,
  FanOutEventUseCase,
];

/** Every use-case, for the API and the workers alike. Needs PersistenceModule and ConfigModule. */
@Module({
  providers: [...USE_CASES, CooperativeTransitioner, RecipientResolver, PasswordHasher],
  exports: USE_CASES,
})
export class ApplicationModule {}
