import { Injectable } from '@nestjs/common';
import { ReviewTimerUseCase } from './review-timer.use-case';

/** An open stage passes its deadline: admins are told. */
@Injectable()
export class EscalateReviewStageUseCase extends ReviewTimerUseCase {
  protected readonly kind = 'escalate';
}
