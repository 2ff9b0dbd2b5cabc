import { IllegalTransitionError } from '../domain-error';
import { decideWithdrawal } from './withdrawal.decision';

describe('decideWithdrawal', () => {
  it('closes an open review, lapses open proposals and withdraws the plan in flight, telling who is involved', () => {
    const decision = decideWithdrawal('IN_REVIEW', {
      cooperativeId: 'coop-1',
      reason: 'merged with the neighbour',
      openReview: { id: 'review-1', openStage: 'FIELD_VERIFICATION' },
      openProposals: [{ partnerId: 'p1' }, { partnerId: 'p2' }, { partnerId: 'p1' }],
    });
    expect(decision.to).toBe('WITHDRAWN');
    expect(decision.events).toEqual([
      {
        type: 'cooperative.withdrawn',
        payload: { reason: 'merged with the neighbour', reviewId: 'review-1', stage: 'FIELD_VERIFICATION', partnerIds: ['p1', 'p2'] },
      },
    ]);
    expect(decision.changes).toEqual([
      { kind: 'review-moved-on', reviewId: 'review-1', openStage: null, stageDeadlineAt: null, status: 'WITHDRAWN' },
      { kind: 'open-proposals-lapsed', cooperativeId: 'coop-1' },
      { kind: 'current-business-plan-withdrawn', cooperativeId: 'coop-1' },
    ]);
  });

  it('with nothing open the event carries no review and no partners', () => {
    const decision = decideWithdrawal('REGISTERED', { cooperativeId: 'coop-1', openReview: null, openProposals: [] });
    expect(decision.events).toEqual([{ type: 'cooperative.withdrawn', payload: {} }]);
    expect(decision.changes.map((change) => change.kind)).toEqual(['open-proposals-lapsed', 'current-business-plan-withdrawn']);
  });

  it('is refused once the cooperative is partnered', () => {
    expect(() => decideWithdrawal('PARTNERED', { cooperativeId: 'coop-1', openReview: null, openProposals: [] })).toThrow(
      IllegalTransitionError,
    );
  });
});
