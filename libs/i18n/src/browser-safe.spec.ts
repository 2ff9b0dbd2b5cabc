import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The console bundles these catalogs and formatters for the browser (Vite), so the library's
 * runtime code may import only its own files; anything from elsewhere (the domain's codes, the
 * contracts' payloads) is a type, erased at build time.
 */
describe('@kdmp/i18n runtime code', () => {
  const root = __dirname;
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [join(dir, entry.name)] : [],
    );

  it.each(files(root).map((file) => relative(root, file)))('%s imports only its own files at run time', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const imports = [...source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map(([, , typeOnly, from]) => ({ typeOnly: typeOnly !== undefined, from }));
    for (const { typeOnly, from } of imports) {
      if (!typeOnly) expect(from).toMatch(/^\.\.?\//);
    }
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|node:/);
  });
});
