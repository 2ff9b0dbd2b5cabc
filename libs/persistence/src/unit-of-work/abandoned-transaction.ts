import type { TransitionOutcome } from './unit-of-work';

/** Rolls back a transition's transaction when the cooperative did not change (a conflict, a duplicate). */
export class AbandonedTransaction extends Error {
  constructor(readonly outcome: TransitionOutcome) {
    super('transaction abandoned');
  }
}
