import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor, OutgoingJob } from '@kdmp/contracts';
import { assertEventsFollowTable, type CooperativeDecision, type TimerJob } from '@kdmp/domain';
import {
  CommittedChange,
  CooperativeEntity,
  CooperativeRepository,
  CooperativeViewer,
  UnitOfWork,
} from '@kdmp/persistence';
import { ApplicationError } from './application-error';
import { RowChangeWriter } from './row-change-writer';

export interface CooperativeCommit {
  /** The cooperative as loaded, before the decision. */
  cooperative: CooperativeEntity;
  decision: CooperativeDecision;
  /** The version the caller last saw; a stale one is a conflict. */
  expectedVersion?: number;
  actor: Actor;
  correlationId: string;
  /** When a consumer makes the change: its inbox record, written in the same statement. */
  consumedMessage?: { consumer: string; messageId: string };
  /**
   * A check that must still hold when the change commits (a read under lock); it throws to
   * refuse. It makes the commit a transaction, so prefer none.
   */
  precondition?: (tx: EntityManager) => Promise<void>;
}

export type CooperativeCommitResult =
  /** `returned[i]`: the rows the write of the decision's change i returned (empty without RETURNING). */
  | { kind: 'committed'; cooperative: CooperativeEntity; change: CommittedChange; returned: Record<string, unknown>[][] }
  | { kind: 'duplicate' };

/**
 * The one way a cooperative changes state. A use-case loads the cooperative (`load`), asks the
 * domain for a decision, and commits it here: the decision's events are checked against the
 * transition table, its row changes become the transition's companion writes, and the unit of
 * work applies it all with a compare-and-set on the version that was loaded.
 */
@Injectable()
export class CooperativeTransitioner {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly rowChanges: RowChangeWriter,
  ) {}

  /**
   * The cooperative, within the viewer's scope when a person acts (else it is "not found"). A
   * stale `expectedVersion` is a conflict before anything is decided.
   */
  async load(cooperativeId: string, scope: { viewer?: CooperativeViewer; expectedVersion?: number } = {}): Promise<CooperativeEntity> {
    const cooperative = scope.viewer
      ? await this.cooperatives.findVisible(cooperativeId, scope.viewer)
      : await this.cooperatives.findById(cooperativeId);
    if (!cooperative) throw ApplicationError.notFound('The cooperative');
    if (scope.expectedVersion !== undefined && scope.expectedVersion !== cooperative.version) {
      throw versionConflict(cooperative.version);
    }
    return cooperative;
  }

  async commit(request: CooperativeCommit): Promise<CooperativeCommitResult> {
    const { cooperative, decision } = request;
    if (decision.from !== cooperative.state) {
      throw new Error(`a decision from ${String(decision.from)} cannot apply to a cooperative in ${cooperative.state}`);
    }
    assertEventsFollowTable(decision.command, decision.events);
    if (request.expectedVersion !== undefined && request.expectedVersion !== cooperative.version) {
      throw versionConflict(cooperative.version);
    }
    const writes = this.rowChanges.writesFor(decision.changes);
    const inTransaction = [...(request.precondition ? [request.precondition] : []), ...writes.conditional];
    const outcome = await this.unitOfWork.commitTransition(
      {
        aggregateId: cooperative.id,
        expectedVersion: cooperative.version,
        fromState: decision.from,
        toState: decision.to,
        events: [...decision.events],
        actor: request.actor,
        correlationId: request.correlationId,
        jobs: decision.timers.map(toOutgoingJob),
        consumedMessage: request.consumedMessage,
        companions: writes.companions.map((companion) => companion.write),
        currentBusinessPlanId: decision.currentBusinessPlanId,
      },
      inTransaction.length === 0
        ? undefined
        : async (tx) => {
            for (const write of inTransaction) await write(tx);
          },
    );
    if (outcome.kind === 'duplicate') return outcome;
    if (outcome.kind === 'conflict') throw versionConflict();
    const returned: Record<string, unknown>[][] = decision.changes.map(() => []);
    writes.companions.forEach((companion, index) => {
      returned[companion.changeIndex] = outcome.returned[index];
    });
    const now = new Date();
    return {
      kind: 'committed',
      change: outcome.change,
      returned,
      cooperative: Object.assign(new CooperativeEntity(), cooperative, {
        state: decision.to,
        version: outcome.version,
        stateChangedAt: decision.to === decision.from ? cooperative.stateChangedAt : now,
        updatedAt: now,
        currentBusinessPlanId: decision.currentBusinessPlanId ?? cooperative.currentBusinessPlanId,
      }),
    };
  }
}

/** How often a command without a pinned version is tried again after losing a race. */
const UNPINNED_ATTEMPTS = 3;

/**
 * Runs a person's command (`attempt`: read, decide, commit) and, when the caller pinned no
 * version, runs it again after a version conflict: that only means something else (a timer's
 * reminder, say) committed between the read and the commit, so the command is judged afresh
 * on what is there now (and may then be refused for what it finds).
 */
export async function retryWhenRaced<T>(expectedVersion: number | undefined, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      const again = expectedVersion === undefined && tries < UNPINNED_ATTEMPTS;
      if (!(again && error instanceof ApplicationError && error.code === 'VERSION_CONFLICT')) throw error;
    }
  }
}

/** A timer as a job for the outbox; the unit of work stamps the correlation id. */
function toOutgoingJob(timer: TimerJob): OutgoingJob {
  return { name: timer.name, jobId: timer.jobId, runAt: timer.runAt, payload: { ...timer.payload, correlationId: '' } };
}

function versionConflict(currentVersion?: number): ApplicationError {
  return new ApplicationError(
    'VERSION_CONFLICT',
    'The cooperative was changed by someone else; read it again and retry.',
    [],
    currentVersion === undefined ? {} : { currentVersion },
  );
}
