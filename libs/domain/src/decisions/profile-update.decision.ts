import type { CooperativeState } from '../cooperative-state';
import type { ProfileField } from '../cooperative-profile';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';

/**
 * The officer or an admin completes or corrects the profile: the cooperative keeps its state,
 * its timeline records which fields changed (never their values), and the columns are written.
 */
export function decideProfileUpdate(
  current: CooperativeState,
  input: {
    readonly cooperativeId: string;
    readonly version: number;
    readonly fields: readonly ProfileField[];
    readonly columns: Readonly<Record<string, unknown>>;
  },
): CooperativeDecision {
  return cooperativeDecision(current, 'update-profile', {
    events: [{ type: 'cooperative.profile-updated', payload: { changes: [...input.fields] } }],
    changes: [{ kind: 'profile-corrected', cooperativeId: input.cooperativeId, expectedVersion: input.version, columns: input.columns }],
  });
}
