import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The data files beside this library's source (`libs/reference-data/data`). The build copies
 * them to `dist/libs/reference-data/data`, so the same relative path holds for the compiled
 * code, and the Docker image (which ships `dist/`) carries them.
 */
export const REFERENCE_DATA_DIRECTORY = path.resolve(__dirname, '..', 'data');

/** The rows of one of this library's CSV files (no quoted fields), without the header. */
export function readReferenceCsv(fileName: string): string[][] {
  const [, ...rows] = readFileSync(path.join(REFERENCE_DATA_DIRECTORY, fileName), 'utf8').trim().split('\n');
  return rows.map((row) => row.trim().split(','));
}
