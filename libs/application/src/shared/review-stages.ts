import { REVIEW_STAGES_DEFAULT } from '@kdmp/domain';

/** The review stages reviewers can be assigned to (domain.md: configurable, these by default). */
export const REVIEW_STAGES: readonly string[] = REVIEW_STAGES_DEFAULT;
