import { IllegalTransitionError } from '../domain-error';
import { decideMatchAcceptance, decideMatchDecline, decideMatchExpiry } from './match-answer.decision';

const MATCH = { id: 'match-1', partnerId: 'partner-1' };

describe('answers to a proposal', () => {
  it('acceptance partners the cooperative, answers the match and takes a unit of the partner capacity', () => {
    const decision = decideMatchAcceptance('MATCHING', MATCH, 'welcome');
    expect(decision.to).toBe('PARTNERED');
    expect(decision.events).toEqual([{ type: 'match.accepted', payload: { matchId: 'match-1', partnerId: 'partner-1', comment: 'welcome' } }]);
    expect(decision.changes).toEqual([
      { kind: 'match-answered', matchId: 'match-1', status: 'ACCEPTED', comment: 'welcome' },
      { kind: 'partner-capacity-reserved', partnerId: 'partner-1' },
    ]);
  });

  it('acceptance without a comment carries none', () => {
    const decision = decideMatchAcceptance('PARTNERED', MATCH);
    expect(decision.events[0].payload).toEqual({ matchId: 'match-1', partnerId: 'partner-1' });
    expect(decision.changes[0]).toEqual({ kind: 'match-answered', matchId: 'match-1', status: 'ACCEPTED' });
  });

  it('a decline keeps the state and records the reason', () => {
    const decision = decideMatchDecline('MATCHING', MATCH, 'no capacity this season');
    expect(decision.to).toBe('MATCHING');
    expect(decision.events).toEqual([
      { type: 'match.declined', payload: { matchId: 'match-1', partnerId: 'partner-1', reason: 'no capacity this season' } },
    ]);
    expect(decision.changes).toEqual([
      { kind: 'match-answered', matchId: 'match-1', status: 'DECLINED', declineReason: 'no capacity this season' },
    ]);
  });

  it('an expiry keeps the state and lapses the proposal', () => {
    const decision = decideMatchExpiry('PARTNERED', MATCH);
    expect(decision.to).toBe('PARTNERED');
    expect(decision.events).toEqual([{ type: 'match.expired', payload: { matchId: 'match-1', partnerId: 'partner-1' } }]);
    expect(decision.changes).toEqual([{ kind: 'match-answered', matchId: 'match-1', status: 'EXPIRED' }]);
  });

  it('no answer counts once the cooperative has withdrawn', () => {
    expect(() => decideMatchAcceptance('WITHDRAWN', MATCH)).toThrow(IllegalTransitionError);
    expect(() => decideMatchDecline('WITHDRAWN', MATCH, 'x')).toThrow(IllegalTransitionError);
    expect(() => decideMatchExpiry('WITHDRAWN', MATCH)).toThrow(IllegalTransitionError);
  });
});
