import { Module } from '@nestjs/common';
import { CooperativeTransitioner } from './shared/cooperative-transitioner';
import { RegisterCooperativeUseCase } from './register-cooperative/register-cooperative.use-case';
import { WithdrawCooperativeUseCase } from './withdraw-cooperative/withdraw-cooperative.use-case';
import { GetCooperativeUseCase } from './get-cooperative/get-cooperative.use-case';
import { GetTimelineUseCase } from './get-timeline/get-timeline.use-case';
import { FanOutEventUseCase } from './fan-out-event/fan-out-event.use-case';
import { RecipientResolver } from './fan-out-event/recipient-resolver';
import { LoginUseCase } from './login/login.use-case';
import { LoadPrincipalUseCase } from './load-principal/load-principal.use-case';
import { CreateUserUseCase } from './create-user/create-user.use-case';

const USE_CASES = [
  RegisterCooperativeUseCase,
  WithdrawCooperativeUseCase,
  GetCooperativeUseCase,
  GetTimelineUseCase,
  FanOutEventUseCase,
  LoginUseCase,
  LoadPrincipalUseCase,
  CreateUserUseCase,
];

/** Every use-case, for the API and the workers alike. Needs the config, persistence and auth modules. */
@Module({
  providers: [...USE_CASES, CooperativeTransitioner, RecipientResolver],
  exports: USE_CASES,
})
export class ApplicationModule {}
