import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DOCUMENTS = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** The README and docs/ stand alone: every relative link names a file inside the repository. */
describe.each(DOCUMENTS)('%s', (document) => {
  const text = readFileSync(path.join(ROOT, document), 'utf8');
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^(https?:|mailto:|#)/.test(target));

  it('links only to files of the repository', () => {
    for (const target of targets) {
      const file = path.resolve(ROOT, path.dirname(document), target.split('#')[0]);
      expect({ target, inside: file.startsWith(`${ROOT}${path.sep}`), exists: existsSync(file) }).toEqual({ target, inside: true, exists: true });
    }
  });

  it('names no path outside the repository', () => {
    expect(text).not.toMatch(/\.\.\/shared|\/work\//);
  });
});
