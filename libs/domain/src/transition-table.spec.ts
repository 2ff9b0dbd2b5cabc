import { COOPERATIVE_STATES } from './cooperative-state';
import { PIPELINE_COMMANDS, type PipelineCommand } from './pipeline-command';
import { PARTNER_EVENT_TYPES, PIPELINE_EVENT_TYPES, type PipelineEventType } from './pipeline-event-type';
import { TRANSITION_TABLE, UNCHANGED } from './transition-table';

// What each rule says (its events, its actors) is documented in docs/domain.md, whose transition
// table is generated from TRANSITION_TABLE and checked against it (tools/docs/generated-tables.spec.ts).
// This spec checks the table's shape: one rule per command, events known and declared once.

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

  it.each(PIPELINE_COMMANDS)('%s emits known events and may be issued by someone', (command) => {
    const rule = ruleFor(command);
    expect(rule.events.length).toBeGreaterThan(0);
    for (const event of rule.events) expect(PIPELINE_EVENT_TYPES).toContain(event);
    expect(rule.actors.length).toBeGreaterThan(0);
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

  it('lists 18 distinct event types', () => {
    expect(PIPELINE_EVENT_TYPES).toHaveLength(18);
    expect(new Set(PIPELINE_EVENT_TYPES).size).toBe(18);
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
