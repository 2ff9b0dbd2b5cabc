import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { CooperativeState, decideScreening, policyByVersion } from '@kdmp/domain';
import { BusinessPlanRepository, CooperativeRepository, InboxService } from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { StageClock } from '../common/stage-clock';
import { systemActor } from '../common/system-actors';
import { ConsumerResult, skipWhenMovedOn } from '../common/consumer-outcome';

export const SCREENING_CONSUMER = 'workflow:screen-business-plan';
const SCREENING = systemActor('screening');

/**
 * The automated screening of a submitted plan against the rules of the policy it was submitted
 * under (decideScreening): pass opens the review at its first stage (with the stage's timers);
 * fail sends the plan back with every failed rule.
 */
@Injectable()
export class ScreenBusinessPlanUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly plans: BusinessPlanRepository,
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
    return skipWhenMovedOn(this.inbox, SCREENING_CONSUMER, message.messageId, async () => {
      const decision = decideScreening(cooperative.state as CooperativeState, {
        cooperative,
        plan,
        policy: policyByVersion(plan.policyVersion),
        review: {
          id: uuidv7(),
          stages: this.clock.stages,
          openedAt: new Date(),
          scheduleStage: (openedAt) => this.clock.schedule(openedAt),
        },
      });
      const result = await this.transitioner.commit({
        cooperative,
        decision,
        actor: SCREENING,
        correlationId: message.correlationId,
        consumedMessage: { consumer: SCREENING_CONSUMER, messageId: message.messageId },
      });
      return result.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
    });
  }
}
