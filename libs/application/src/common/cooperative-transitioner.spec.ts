import { CooperativeDecision, decideMatchDecline, EventsMismatchError } from '@kdmp/domain';
import { CooperativeEntity, CooperativeRepository, UnitOfWork } from '@kdmp/persistence';
import { CooperativeTransitioner } from './cooperative-transitioner';
import { RowChangeWriter } from './row-change-writer';

/** Nothing here reaches storage: every case is refused before the unit of work is asked. */
describe('CooperativeTransitioner.commit', () => {
  const commits: unknown[] = [];
  const unitOfWork = { commitTransition: async (commit: unknown) => void commits.push(commit) } as unknown as UnitOfWork;
  const transitioner = new CooperativeTransitioner({} as CooperativeRepository, unitOfWork, {} as RowChangeWriter);
  const cooperative = Object.assign(new CooperativeEntity(), { id: 'coop-1', state: 'MATCHING', version: 7 });
  const actor = { type: 'SYSTEM', name: 'test' } as const;
  const declined = decideMatchDecline('MATCHING', { id: 'match-1', partnerId: 'partner-1' }, 'full');

  beforeEach(() => commits.splice(0));

  it('refuses a decision whose events are not the transition table’s for its command', async () => {
    const tampered: CooperativeDecision = {
      ...declined,
      events: [...declined.events, { type: 'match.expired', payload: { matchId: 'match-1', partnerId: 'partner-1' } }],
    };
    await expect(transitioner.commit({ cooperative, decision: tampered, actor, correlationId: 'c' })).rejects.toThrow(EventsMismatchError);
    const relabelled: CooperativeDecision = { ...declined, command: 'expire-match' };
    await expect(transitioner.commit({ cooperative, decision: relabelled, actor, correlationId: 'c' })).rejects.toThrow(EventsMismatchError);
    expect(commits).toEqual([]);
  });

  it('refuses a decision made for another state than the cooperative’s', async () => {
    const partnered = Object.assign(new CooperativeEntity(), { ...cooperative, state: 'PARTNERED' });
    await expect(transitioner.commit({ cooperative: partnered, decision: declined, actor, correlationId: 'c' })).rejects.toThrow(
      /MATCHING cannot apply to a cooperative in PARTNERED/,
    );
    expect(commits).toEqual([]);
  });

  it('refuses a stale expected version as a version conflict', async () => {
    await expect(
      transitioner.commit({ cooperative, decision: declined, expectedVersion: 6, actor, correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT', extensions: { currentVersion: 7 } });
    expect(commits).toEqual([]);
  });
});
