import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_TABLES, withGeneratedTables } from './generated-tables';

/** `npm run docs:tables`: rewrites the generated tables of docs/ from the code. */
// From dist/tools/docs/ (the built script) to the repository root.
const DOCS = path.resolve(__dirname, '../../..', 'docs');
for (const document of new Set(Object.values(GENERATED_TABLES).map((table) => table.document))) {
  const file = path.join(DOCS, document);
  writeFileSync(file, withGeneratedTables(document, readFileSync(file, 'utf8')));
  process.stdout.write(`rewrote the generated tables of docs/${document}\n`);
}
