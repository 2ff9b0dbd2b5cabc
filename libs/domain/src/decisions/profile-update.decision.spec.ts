import { IllegalTransitionError } from '../domain-error';
import { decideProfileUpdate } from './profile-update.decision';

describe('decideProfileUpdate', () => {
  const input = { cooperativeId: 'c-1', version: 4, fields: ['taxNumber' as const], columns: { taxNumber: '0123456789012345' } };

  it('keeps the state, names the changed fields and writes the columns at the version it saw', () => {
    const decision = decideProfileUpdate('REVISION_REQUESTED', input);
    expect(decision.from).toBe('REVISION_REQUESTED');
    expect(decision.to).toBe('REVISION_REQUESTED');
    expect(decision.events).toEqual([{ type: 'cooperative.profile-updated', payload: { changes: ['taxNumber'] } }]);
    expect(decision.changes).toEqual([
      { kind: 'profile-corrected', cooperativeId: 'c-1', expectedVersion: 4, columns: { taxNumber: '0123456789012345' } },
    ]);
    expect(decision.timers).toEqual([]);
  });

  it.each(['PLAN_SUBMITTED', 'IN_REVIEW', 'WITHDRAWN'] as const)('is refused in %s', (state) => {
    expect(() => decideProfileUpdate(state, input)).toThrow(IllegalTransitionError);
  });
});
