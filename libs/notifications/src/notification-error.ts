/**
 * The notifications library's own failures, each with a stable code (docs/architecture.md,
 * Conventions). Nothing here knows about HTTP or queues.
 */
export const NOTIFICATION_ERROR_CODES = ['UNKNOWN_TEMPLATE', 'UNSUPPORTED_LOCALE', 'TEMPLATE_EVENT_MISMATCH'] as const;

export type NotificationErrorCode = (typeof NOTIFICATION_ERROR_CODES)[number];

export class NotificationError extends Error {
  readonly code: NotificationErrorCode;

  constructor(code: NotificationErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}
