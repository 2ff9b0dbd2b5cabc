/**
 * Who may issue a pipeline command: the four user roles of docs/domain.md, plus SYSTEM for the
 * workflow worker and its timers (screening, matching, expiry, review deadlines).
 */
export const ACTOR_KINDS = ['COOPERATIVE', 'ADMIN', 'REVIEWER', 'PARTNER', 'SYSTEM'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}
