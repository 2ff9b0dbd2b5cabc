import type { Response } from 'express';

/**
 * The Content-Security-Policy of the console's pages: scripts and styles only from files of
 * this origin (no inline script, no eval), data only from this origin's API, no framing, no
 * plugins. Set on the console's responses only, so /docs (Swagger UI) keeps working.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Hashed file names change with their content, so a browser may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The HTML names the current assets: always asked again (an ETag makes that cheap). */
export const REVALIDATE = 'no-cache';

export function setConsoleSecurityHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', CONSOLE_CSP);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
}
