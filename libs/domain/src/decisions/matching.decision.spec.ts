import type { MatchCandidate } from '../matching-score';
import { IllegalTransitionError } from '../domain-error';
import { decideMatching, type MatchingInput } from './matching.decision';

const PROPOSED_AT = new Date('2026-02-01T00:00:00Z');
const EXPIRES_AT = new Date('2026-02-15T00:00:00Z');

const candidate = (id: string): MatchCandidate => ({
  id,
  name: `Partner ${id}`,
  type: 'PRIVATE',
  roles: ['OFFTAKER'],
  sectors: ['AGRICULTURE'],
  commodities: ['rice'],
  regionCodes: ['64.02'],
  capacity: 10,
  activePartnerships: 0,
});

function input(candidates: MatchCandidate[], excludePartnerIds: string[] = []): MatchingInput {
  let next = 0;
  return {
    cooperative: { id: 'coop-1', regencyCode: '64.02', provinceCode: '64', sectors: ['AGRICULTURE'] },
    plan: {
      id: 'plan-1',
      sector: 'AGRICULTURE',
      commodities: ['rice'],
      seekingRoles: ['OFFTAKER'],
      exportReady: false,
      monthlyCapacity: { quantity: 10, unit: 'ton' },
    },
    candidates,
    excludePartnerIds,
    perRole: 2,
    proposedAt: PROPOSED_AT,
    expiryMs: EXPIRES_AT.getTime() - PROPOSED_AT.getTime(),
    newId: () => `match-${++next}`,
  };
}

describe('decideMatching', () => {
  it('proposes the best per role, one event, one expiry timer and one row per proposal', () => {
    const decision = decideMatching('FINANCING_APPROVED', input([candidate('a'), candidate('b'), candidate('c')]))!;
    expect(decision.command).toBe('propose-matches');
    expect(decision.to).toBe('MATCHING');
    expect(decision.events).toHaveLength(2);
    expect(decision.events.every((event) => event.type === 'partner.matched')).toBe(true);
    const ids = decision.events.map((event) => (event.payload as { matchId: string }).matchId);
    expect(ids).toEqual(['match-1', 'match-2']);
    expect(decision.events[0].payload).toMatchObject({ role: 'OFFTAKER', expiresAt: EXPIRES_AT.toISOString() });
    expect(decision.timers).toEqual(
      ids.map((matchId) => ({
        name: 'expire-match',
        jobId: `expire-match-${matchId}`,
        runAt: EXPIRES_AT,
        payload: { cooperativeId: 'coop-1', matchId },
      })),
    );
    expect(decision.changes).toHaveLength(1);
    const [change] = decision.changes;
    if (change.kind !== 'matches-proposed') throw new Error(change.kind);
    expect(change.matches.map((match) => [match.id, match.businessPlanId, match.expiresAt, match.proposedAt])).toEqual([
      ['match-1', 'plan-1', EXPIRES_AT, PROPOSED_AT],
      ['match-2', 'plan-1', EXPIRES_AT, PROPOSED_AT],
    ]);
  });

  it('finds no partner when every candidate is excluded: the cooperative waits', () => {
    const decision = decideMatching('MATCHING', input([candidate('a')], ['a']))!;
    expect(decision.command).toBe('find-no-partner');
    expect(decision.to).toBe('AWAITING_PARTNER');
    expect(decision.events).toEqual([{ type: 'partner.none-found', payload: { businessPlanId: 'plan-1', seekingRoles: ['OFFTAKER'] } }]);
    expect(decision.timers).toEqual([]);
    expect(decision.changes).toEqual([]);
  });

  it('does nothing for a cooperative that already waits and still finds nobody', () => {
    expect(decideMatching('AWAITING_PARTNER', input([]))).toBeNull();
  });

  it('proposes to a waiting cooperative once a partner fits', () => {
    expect(decideMatching('AWAITING_PARTNER', input([candidate('a')]))?.command).toBe('propose-matches');
  });

  it('refuses a cooperative whose financing was rejected', () => {
    expect(() => decideMatching('FINANCING_REJECTED', input([candidate('a')]))).toThrow(IllegalTransitionError);
  });
});
