import { Injectable } from '@nestjs/common';
import { presentEventPayload } from '@kdmp/i18n';
import { CooperativeRepository, CooperativeViewer } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';

export interface TimelineEntry {
  sequence: number;
  type: string;
  occurredAt: string;
  actor: { type: 'USER'; userId: string } | { type: 'SYSTEM'; name: string };
  fromState: string | null;
  toState: string | null;
  payload: Record<string, unknown>;
  correlationId: string;
}

/** Every event of a cooperative, in order. */
@Injectable()
export class GetTimelineUseCase {
  constructor(private readonly cooperatives: CooperativeRepository) {}

  async execute(cooperativeId: string, viewer: CooperativeViewer): Promise<TimelineEntry[]> {
    const cooperative = await this.cooperatives.findVisible(cooperativeId, viewer);
    if (!cooperative) throw ApplicationError.notFound('The cooperative');
    const events = await this.cooperatives.timeline(cooperativeId);
    return events.map((event) => ({
      sequence: event.sequence,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      actor: event.actorType === 'USER' ? { type: 'USER', userId: event.actorId } : { type: 'SYSTEM', name: event.actorId },
      fromState: event.fromState,
      toState: event.toState,
      // Reasons are stored as codes and parameters; the timeline shows them in words.
      payload: presentEventPayload(event.type, event.payload),
      correlationId: event.correlationId,
    }));
  }
}
