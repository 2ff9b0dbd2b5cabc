import { isActorKind } from './actor-kind';
import { isCooperativeState } from './cooperative-state';
import { isPipelineCommand } from './pipeline-command';
import { isDomainEventType } from './domain-events';

describe('type guards for untrusted input', () => {
  it('recognise their own values only', () => {
    expect(isCooperativeState('IN_REVIEW')).toBe(true);
    expect(isCooperativeState('in_review')).toBe(false);
    expect(isCooperativeState('UNCHANGED')).toBe(false);
    expect(isCooperativeState(null)).toBe(false);

    expect(isPipelineCommand('approve-final-stage')).toBe(true);
    expect(isPipelineCommand('approve_final_stage')).toBe(false);
    expect(isPipelineCommand(undefined)).toBe(false);

    expect(isDomainEventType('partner.registered')).toBe(true);
    expect(isDomainEventType('partner.register')).toBe(false);

    expect(isActorKind('SYSTEM')).toBe(true);
    expect(isActorKind('USER')).toBe(false);
  });
});
