import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_TABLES, generatedSection, renderRecipientMatrix, renderTransitionTable } from './domain-tables';
import { DOMAIN_EVENT_TYPES } from '@kdmp/contracts';
import { TRANSITION_TABLE } from '@kdmp/domain';

const DOMAIN_DOC = readFileSync(path.resolve(__dirname, '../../docs/domain.md'), 'utf8');

describe('docs/domain.md', () => {
  it.each(Object.keys(GENERATED_TABLES))('holds the %s the code holds (else run `npm run docs:tables`)', (name) => {
    expect(generatedSection(DOMAIN_DOC, name)).toBe(GENERATED_TABLES[name]());
  });

  it('renders one row per transition rule and one per event type', () => {
    expect(renderTransitionTable().split('\n')).toHaveLength(2 + TRANSITION_TABLE.length);
    expect(renderRecipientMatrix().split('\n')).toHaveLength(2 + DOMAIN_EVENT_TYPES.length);
  });
});
