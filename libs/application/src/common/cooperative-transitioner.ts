import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor, NewDomainEvent, OutgoingJob } from '@kdmp/contracts';
import { CooperativeState, decideTransition, PipelineCommand, TransitionDecision } from '@kdmp/domain';
import {
  CommittedChange,
  CompanionWrite,
  CooperativeEntity,
  CooperativeRepository,
  CooperativeViewer,
  UnitOfWork,
} from '@kdmp/persistence';
import { ApplicationError } from './application-error';

export interface CooperativeTransitionRequest {
  cooperativeId: string;
  command: PipelineCommand;
  /** A person acting: the cooperative must be in their scope (else it is "not found"). */
  viewer?: CooperativeViewer;
  /** The version the caller last saw; a stale one is a conflict. */
  expectedVersion?: number;
  actor: Actor;
  correlationId: string;
  events: (decision: TransitionDecision, cooperative: CooperativeEntity) => NewDomainEvent[];
  jobs?: OutgoingJob[];
  consumedMessage?: { consumer: string; messageId: string };
  /** Rows of other tables that change with the cooperative, in the transition's one statement. */
  companions?: CompanionWrite[];
  /** The plan this transition makes the cooperative's current one. */
  currentBusinessPlanId?: string;
  /** Writes that need a transaction of their own (reads under lock); prefer `companions`. */
  alsoWrite?: (tx: EntityManager) => Promise<void>;
}

export type CooperativeTransitionResult =
  /** `returned[i]`: the rows companion i's RETURNING gave. */
  | { kind: 'committed'; cooperative: CooperativeEntity; change: CommittedChange; returned: Record<string, unknown>[][] }
  | { kind: 'duplicate' };

/**
 * The one way a cooperative changes state: read it, ask the transition table, and commit the
 * change through the unit of work (compare-and-set on the version it read).
 */
@Injectable()
export class CooperativeTransitioner {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async apply(request: CooperativeTransitionRequest): Promise<CooperativeTransitionResult> {
    const cooperative = request.viewer
      ? await this.cooperatives.findVisible(request.cooperativeId, request.viewer)
      : await this.cooperatives.findById(request.cooperativeId);
    if (!cooperative) throw ApplicationError.notFound('The cooperative');
    if (request.expectedVersion !== undefined && request.expectedVersion !== cooperative.version) {
      throw versionConflict(cooperative.version);
    }
    const decision = decideTransition(cooperative.state as CooperativeState, request.command);
    const outcome = await this.unitOfWork.commitTransition(
      {
        aggregateId: cooperative.id,
        expectedVersion: cooperative.version,
        fromState: decision.from,
        toState: decision.to,
        events: request.events(decision, cooperative),
        actor: request.actor,
        correlationId: request.correlationId,
        jobs: request.jobs,
        consumedMessage: request.consumedMessage,
        companions: request.companions,
        currentBusinessPlanId: request.currentBusinessPlanId,
      },
      request.alsoWrite,
    );
    if (outcome.kind === 'duplicate') return outcome;
    if (outcome.kind === 'conflict') throw versionConflict();
    const now = new Date();
    return {
      kind: 'committed',
      change: outcome.change,
      returned: outcome.returned,
      cooperative: Object.assign(new CooperativeEntity(), cooperative, {
        state: decision.to,
        version: outcome.version,
        stateChangedAt: decision.to === decision.from ? cooperative.stateChangedAt : now,
        updatedAt: now,
        currentBusinessPlanId: request.currentBusinessPlanId ?? cooperative.currentBusinessPlanId,
      }),
    };
  }
}

function versionConflict(currentVersion?: number): ApplicationError {
  return new ApplicationError(
    'VERSION_CONFLICT',
    'The cooperative was changed by someone else; read it again and retry.',
    [],
    currentVersion === undefined ? {} : { currentVersion },
  );
}
