import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMAIN_EVENT_TYPES } from '@kdmp/contracts';
import { TRANSITION_TABLE } from '@kdmp/domain';
import { ROUTE_TABLE } from '../../apps/api/src/auth/route-table';
import { GENERATED_TABLES, generatedSection, renderRecipientMatrix, renderRouteTable, renderTransitionTable } from './generated-tables';

const document = (name: string) => readFileSync(path.resolve(__dirname, '../../docs', name), 'utf8');

describe('the generated tables of docs/', () => {
  it.each(Object.keys(GENERATED_TABLES))('%s in the document is the one the code holds (else run `npm run docs:tables`)', (name) => {
    const { document: carrier, render } = GENERATED_TABLES[name];
    expect(generatedSection(document(carrier), name)).toBe(render());
  });

  it('render one row per transition rule, per event type and per route', () => {
    expect(renderTransitionTable().split('\n')).toHaveLength(2 + TRANSITION_TABLE.length);
    expect(renderRecipientMatrix().split('\n')).toHaveLength(2 + DOMAIN_EVENT_TYPES.length);
    expect(renderRouteTable().split('\n')).toHaveLength(2 + Object.keys(ROUTE_TABLE).length);
  });
});
