import { IllegalTransitionError } from '../domain-error';
import { EventsMismatchError } from '../events-mismatch-error';
import { assertEventsFollowTable } from '../decide-transition';
import type { NewDomainEvent } from '../domain-events';
import { cooperativeDecision } from './cooperative-decision';

const matched = (matchId: string): NewDomainEvent => ({
  type: 'partner.matched',
  payload: { matchId, partnerId: 'p', role: 'OFFTAKER', score: 80, expiresAt: '2026-01-01T00:00:00.000Z' },
});

describe('assertEventsFollowTable', () => {
  it('accepts exactly the events the table lists, in order', () => {
    expect(() =>
      assertEventsFollowTable('pass-screening', [{ type: 'screening.passed' }, { type: 'review.stage-opened' }]),
    ).not.toThrow();
  });

  it('refuses a missing, an extra, a foreign or a reordered event', () => {
    expect(() => assertEventsFollowTable('pass-screening', [{ type: 'screening.passed' }])).toThrow(EventsMismatchError);
    expect(() =>
      assertEventsFollowTable('reject-financing', [{ type: 'financing.reviewed' }, { type: 'financing.reviewed' }]),
    ).toThrow(EventsMismatchError);
    expect(() => assertEventsFollowTable('withdraw', [{ type: 'match.expired' }])).toThrow(EventsMismatchError);
    expect(() =>
      assertEventsFollowTable('approve-stage', [{ type: 'review.stage-opened' }, { type: 'review.stage-approved' }]),
    ).toThrow(/approve-stage.*review\.stage-approved, review\.stage-opened/);
  });

  it('accepts a per-item rule repeated once or more, never zero times or mixed', () => {
    expect(() => assertEventsFollowTable('propose-matches', [matched('a')])).not.toThrow();
    expect(() => assertEventsFollowTable('propose-matches', [matched('a'), matched('b'), matched('c')])).not.toThrow();
    expect(() => assertEventsFollowTable('propose-matches', [])).toThrow(EventsMismatchError);
    expect(() =>
      assertEventsFollowTable('propose-matches', [matched('a'), { type: 'partner.none-found' }]),
    ).toThrow(EventsMismatchError);
  });

  it('treats a command outside the table as illegal', () => {
    expect(() => assertEventsFollowTable('nonsense' as never, [])).toThrow(IllegalTransitionError);
  });

  it('is not a DomainError: a mismatch is a defect, not bad input', () => {
    const error = (() => {
      try {
        assertEventsFollowTable('withdraw', []);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(EventsMismatchError);
    expect(error).not.toBeInstanceOf(IllegalTransitionError);
  });
});

describe('cooperativeDecision', () => {
  it('takes the target state from the table and defaults timers and changes to none', () => {
    const decision = cooperativeDecision('MATCHING', 'decline-match', {
      events: [{ type: 'match.declined', payload: { matchId: 'm', partnerId: 'p', reason: 'full' } }],
    });
    expect(decision).toEqual({
      command: 'decline-match',
      from: 'MATCHING',
      to: 'MATCHING',
      events: [{ type: 'match.declined', payload: { matchId: 'm', partnerId: 'p', reason: 'full' } }],
      timers: [],
      changes: [],
    });
  });

  it('refuses a command the state does not allow, and events the command does not emit', () => {
    expect(() => cooperativeDecision('REGISTERED', 'withdraw', { events: [] })).toThrow(EventsMismatchError);
    expect(() =>
      cooperativeDecision('PARTNERED', 'withdraw', { events: [{ type: 'cooperative.withdrawn', payload: {} }] }),
    ).toThrow(IllegalTransitionError);
  });
});
