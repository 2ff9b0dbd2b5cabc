import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from './service-process';

/** Every .ts file under `directory`, specs and this library left out. */
function runtimeSources(directory: string): string[] {
  return readdirSync(path.join(REPOSITORY_ROOT, directory), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name))
    .map((entry) => path.relative(REPOSITORY_ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(path.join('libs', 'testing')));
}

/**
 * The services never depend on test support: the Docker image leaves libs/testing (and bench/,
 * tools/) out, so a service importing it would start in development and crash in production.
 */
describe('libs/testing stays out of the services', () => {
  it.each(['apps', 'libs'])('no runtime file under %s/ imports it', (directory) => {
    const sources = runtimeSources(directory);
    expect(sources.length).toBeGreaterThan(50);
    const offenders = sources.filter((file) => /@kdmp\/testing|libs\/testing/.test(readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
