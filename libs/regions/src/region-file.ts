import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the national list lives, relative to the repository (or the image's /app). */
export const REGION_FILE = path.join('libs', 'regions', 'data', 'indonesia-regions.csv');

/**
 * The list's absolute path. The same module runs from `libs/regions/src` (tests, ts) and from
 * `dist/libs/regions/src` (the services), and tsc does not copy data files, so the file is
 * found by walking up to the directory that holds `libs/regions/data` (the repository, or /app
 * in the image, which copies that directory beside dist/).
 */
export function regionFilePath(from: string = __dirname): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, REGION_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(directory) === directory) {
      throw new Error(`The list of regions (${REGION_FILE}) was not found above ${from}.`);
    }
  }
}
