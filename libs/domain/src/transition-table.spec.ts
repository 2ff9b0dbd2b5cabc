import type { ActorKind } from './actor-kind';
import { COOPERATIVE_STATES } from './cooperative-state';
import { PIPELINE_COMMANDS, type PipelineCommand } from './pipeline-command';
import { PARTNER_EVENT_TYPES, PIPELINE_EVENT_TYPES, type PipelineEventType } from './pipeline-event-type';
import { TRANSITION_TABLE, UNCHANGED } from './transition-table';

// Copied by hand from domain.md, not from the table, so that a wrong row fails here.
const EXPECTED_EVENTS: Record<PipelineCommand, PipelineEventType[]> = {
  register: ['cooperative.registered'],
  'submit-business-plan': ['business-plan.submitted'],
  'pass-screening': ['screening.passed', 'review.stage-opened'],
  'fail-screening': ['screening.failed'],
  'approve-stage': ['review.stage-approved', 'review.stage-opened'],
  'approve-final-stage': ['review.stage-approved', 'financing.reviewed'],
  'reject-financing': ['financing.reviewed'],
  'request-revision': ['review.revision-requested'],
  'propose-matches': ['partner.matched'],
  'find-no-partner': ['partner.none-found'],
  'accept-match': ['match.accepted'],
  'decline-match': ['match.declined'],
  'expire-match': ['match.expired'],
  withdraw: ['cooperative.withdrawn'],
  'remind-review-stage': ['review.reminder'],
  'escalate-review-stage': ['review.escalated'],
  'update-profile': ['cooperative.profile-updated'],
};

const EXPECTED_ACTORS: Record<PipelineCommand, ActorKind[]> = {
  register: ['COOPERATIVE', 'ADMIN'],
  'submit-business-plan': ['COOPERATIVE'],
  'pass-screening': ['SYSTEM'],
  'fail-screening': ['SYSTEM'],
  'approve-stage': ['REVIEWER'],
  'approve-final-stage': ['REVIEWER'],
  'reject-financing': ['REVIEWER'],
  'request-revision': ['REVIEWER'],
  'propose-matches': ['SYSTEM'],
  'find-no-partner': ['SYSTEM'],
  'accept-match': ['PARTNER'],
  'decline-match': ['PARTNER'],
  'expire-match': ['SYSTEM'],
  withdraw: ['COOPERATIVE', 'ADMIN'],
  'remind-review-stage': ['SYSTEM'],
  'escalate-review-stage': ['SYSTEM'],
  'update-profile': ['COOPERATIVE', 'ADMIN'],
};

function ruleFor(command: PipelineCommand) {
  const rule = TRANSITION_TABLE.find((candidate) => candidate.command === command);
  if (rule === undefined) {
    throw new Error(`no rule for ${command}`);
  }
  return rule;
}

describe('TRANSITION_TABLE', () => {
  it('has exactly one rule per command, in the order of PIPELINE_COMMANDS', () => {
    expect(TRANSITION_TABLE.map((rule) => rule.command)).toEqual([...PIPELINE_COMMANDS]);
  });

  it.each(PIPELINE_COMMANDS)('%s emits the events domain.md names, in order', (command) => {
    expect(ruleFor(command).events).toEqual(EXPECTED_EVENTS[command]);
  });

  it.each(PIPELINE_COMMANDS)('%s may be issued by the actors domain.md names', (command) => {
    expect([...ruleFor(command).actors].sort()).toEqual([...EXPECTED_ACTORS[command]].sort());
  });

  it('names every pipeline event once together with the partner events', () => {
    const tableEvents = new Set(TRANSITION_TABLE.flatMap((rule) => rule.events));
    const union = new Set<PipelineEventType>([...tableEvents, ...PARTNER_EVENT_TYPES]);
    expect([...union].sort()).toEqual([...PIPELINE_EVENT_TYPES].sort());
    // partner.registered belongs to the partner aggregate, never to the cooperative machine.
    for (const partnerEvent of PARTNER_EVENT_TYPES) {
      expect(tableEvents.has(partnerEvent)).toBe(false);
    }
  });

  it('lists 19 distinct event types', () => {
    expect(PIPELINE_EVENT_TYPES).toHaveLength(19);
    expect(new Set(PIPELINE_EVENT_TYPES).size).toBe(19);
  });

  it('starts only registration from "no cooperative yet"', () => {
    const fromNothing = TRANSITION_TABLE.filter((rule) => (rule.from as readonly unknown[]).includes(null));
    expect(fromNothing.map((rule) => rule.command)).toEqual(['register']);
  });

  it('never keeps the state of a cooperative that does not exist', () => {
    for (const rule of TRANSITION_TABLE.filter((candidate) => candidate.to === UNCHANGED)) {
      expect(rule.from).not.toContain(null);
    }
  });

  it('names only known states, with no state twice in a rule', () => {
    for (const rule of TRANSITION_TABLE) {
      expect(new Set(rule.from).size).toBe(rule.from.length);
      for (const state of rule.from) {
        if (state !== null) {
          expect(COOPERATIVE_STATES).toContain(state);
        }
      }
      if (rule.to !== UNCHANGED) {
        expect(COOPERATIVE_STATES).toContain(rule.to);
      }
    }
  });

  it('leaves WITHDRAWN as a final state', () => {
    expect(TRANSITION_TABLE.filter((rule) => (rule.from as readonly unknown[]).includes('WITHDRAWN'))).toEqual([]);
  });

  it('gives every rule a description', () => {
    for (const rule of TRANSITION_TABLE) {
      expect(rule.description.trim().length).toBeGreaterThan(0);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(TRANSITION_TABLE)).toBe(true);
    for (const rule of TRANSITION_TABLE) {
      expect(Object.isFrozen(rule)).toBe(true);
      expect(Object.isFrozen(rule.from)).toBe(true);
      expect(Object.isFrozen(rule.events)).toBe(true);
      expect(Object.isFrozen(rule.actors)).toBe(true);
    }
  });
});
