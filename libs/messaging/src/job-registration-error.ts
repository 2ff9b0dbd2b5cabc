/** A process whose job handlers do not cover its queues exactly once: it refuses to start. */
export class JobRegistrationError extends Error {}
