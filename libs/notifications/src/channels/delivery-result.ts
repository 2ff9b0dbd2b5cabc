/** What one attempt at delivering came to. A permanent failure is not retried. */
export type DeliveryResult =
  | { ok: true; statusCode?: number }
  | { ok: false; permanent: boolean; statusCode?: number; error: string };
