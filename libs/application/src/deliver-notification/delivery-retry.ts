/** Thrown to have the queue try again later (exponential backoff with jitter). */
export class DeliveryRetry extends Error {}
