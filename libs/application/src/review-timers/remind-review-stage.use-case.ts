import { Injectable } from '@nestjs/common';
import { ReviewTimerUseCase } from './review-timer.use-case';

/** An open stage reaches its reminder time: its reviewers are reminded. */
@Injectable()
export class RemindReviewStageUseCase extends ReviewTimerUseCase {
  protected readonly kind = 'remind';
}
