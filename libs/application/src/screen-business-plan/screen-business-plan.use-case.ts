import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { firstStage, policyByVersion, screenBusinessPlan } from '@kdmp/domain';
import {
  BusinessPlanRepository,
  CooperativeRepository,
  InboxService,
  ReviewEntity,
  ReviewRepository,
} from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { StageClock } from '../common/stage-clock';
import { systemActor } from '../common/system-actors';
import { ConsumerResult, skipWhenMovedOn } from '../common/consumer-outcome';

export const SCREENING_CONSUMER = 'workflow:screen-business-plan';
const SCREENING = systemActor('screening');

/**
 * The automated screening of a submitted plan against the rules of the policy it was submitted
 * under: pass opens the review at its first stage (with the stage's timers); fail sends the
 * plan back with every failed rule.
 */
@Injectable()
export class ScreenBusinessPlanUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly plans: BusinessPlanRepository,
    private readonly reviews: ReviewRepository,
    private readonly transitioner: CooperativeTransitioner,
    private readonly inbox: InboxService,
    private readonly clock: StageClock,
  ) {}

  async execute(message: { messageId: string; eventId: string; cooperativeId: string; correlationId: string }): Promise<ConsumerResult> {
    const event = await this.cooperatives.findEvent(message.eventId);
    const planId = typeof event?.payload.businessPlanId === 'string' ? event.payload.businessPlanId : null;
    const [cooperative, plan] = await Promise.all([
      this.cooperatives.findById(message.cooperativeId),
      planId ? this.plans.findById(planId) : null,
    ]);
    if (!cooperative || !plan || cooperative.currentBusinessPlanId !== plan.id) {
      await this.inbox.acknowledge(SCREENING_CONSUMER, message.messageId);
      return { kind: 'skipped', reason: 'not the current plan' };
    }
    const policy = policyByVersion(plan.policyVersion);
    const screening = screenBusinessPlan({ cooperative, plan, policy });
    const consumedMessage = { consumer: SCREENING_CONSUMER, messageId: message.messageId };

    return skipWhenMovedOn(this.inbox, SCREENING_CONSUMER, message.messageId, async () => {
      if (!screening.passed) {
        const result = await this.transitioner.apply({
          cooperativeId: cooperative.id,
          command: 'fail-screening',
          actor: SCREENING,
          correlationId: message.correlationId,
          consumedMessage,
          events: () => [
            { type: 'screening.failed', payload: { businessPlanId: plan.id, policyVersion: policy.version, reasons: [...screening.failures] } },
          ],
          companions: [this.plans.statusChange(plan.id, 'SCREENING_FAILED', [...screening.failures])],
        });
        return result.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
      }
      const reviewId = uuidv7();
      const stages = [...this.clock.stages];
      const stage = firstStage(stages);
      const opened = this.clock.open({ reviewId, cooperativeId: cooperative.id, stage });
      const review = Object.assign(new ReviewEntity(), {
        id: reviewId,
        cooperativeId: cooperative.id,
        businessPlanId: plan.id,
        policyVersion: plan.policyVersion,
        stages,
        openStage: stage,
        stageDeadlineAt: opened.deadlineAt,
        status: 'OPEN',
        requestedAmount: plan.capexAmount + plan.opexAmount,
        approvedAmount: null,
        regencyCode: cooperative.regencyCode,
        provinceCode: cooperative.provinceCode,
        openedAt: new Date(),
        closedAt: null,
      } satisfies ReviewEntity);
      const result = await this.transitioner.apply({
        cooperativeId: cooperative.id,
        command: 'pass-screening',
        actor: SCREENING,
        correlationId: message.correlationId,
        consumedMessage,
        events: () => [
          { type: 'screening.passed', payload: { businessPlanId: plan.id, policyVersion: policy.version } },
          { type: 'review.stage-opened', payload: { reviewId, stage, deadlineAt: opened.deadlineAt.toISOString() } },
        ],
        jobs: opened.timers,
        companions: [this.reviews.insertion(review), this.plans.statusChange(plan.id, 'IN_REVIEW')],
      });
      return result.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
    });
  }
}
