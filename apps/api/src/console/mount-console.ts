import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { IMMUTABLE, REVALIDATE, setConsoleSecurityHeaders } from './console-headers';

/** dist/console, built by `npm run build` next to dist/apps (this file is dist/apps/api/src/console/). */
export const CONSOLE_DIR = path.resolve(__dirname, '../../../../console');

/** Paths the console never answers, so their own routes and 404s stay as they are. */
const SERVER_PATHS = /^\/(v1|health|docs|docs-json|metrics)(\/|$)/;

/**
 * Serves the web console at `/`, same origin as `/v1`. Mounted with `app.use` before Nest's
 * routes, so the access guard (a Nest guard) never sees these requests: the console's files are
 * public, the data behind them is not. Hashed assets are cached for a year, the HTML never; a
 * deep link (`/officer/plan`) reloads into index.html and the console's router takes it from
 * there. Returns false when the console was not built.
 */
export function mountConsole(app: NestExpressApplication, dir: string = CONSOLE_DIR): boolean {
  const indexFile = path.join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  // gzip or brotli for the console's files (a phone on 3G); the API's answers are left as they are.
  const compress = compression();
  app.use((request: Request, response: Response, next: NextFunction) =>
    SERVER_PATHS.test(request.path) ? next() : compress(request, response, next),
  );
  app.useStaticAssets(dir, {
    index: false,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders: (response: Response, file: string) => {
      setConsoleSecurityHeaders(response);
      const hashed = path.relative(dir, file).split(path.sep)[0] === 'assets';
      response.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!isPageRequest(request)) return next();
    setConsoleSecurityHeaders(response);
    response.setHeader('Cache-Control', REVALIDATE);
    response.sendFile(indexFile, { cacheControl: false }, (error) => error && next(error));
  });
  return true;
}

/** A browser asking for a page of the console: GET/HEAD, not a server path, not a file name. */
function isPageRequest(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (SERVER_PATHS.test(request.path)) return false;
  if (path.posix.extname(request.path) !== '') return false; // a missing asset is a 404, not the page
  return true;
}
