import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withGeneratedTables } from './domain-tables';

/** `npm run docs:tables`: rewrites the generated tables of docs/domain.md from the code. */
// From dist/tools/docs/ (the built script) to the repository root.
const file = path.resolve(__dirname, '../../..', 'docs', 'domain.md');
writeFileSync(file, withGeneratedTables(readFileSync(file, 'utf8')));
process.stdout.write(`rewrote the generated tables of ${file}\n`);
