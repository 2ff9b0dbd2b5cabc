import { named } from './named-parameters';

describe('named', () => {
  it('numbers names in order of first use and reuses a position for a repeated name', () => {
    expect(named('UPDATE t SET a = :a, b = :b WHERE id = :id AND a <> :a', { id: 7, a: 'x', b: null })).toEqual({
      sql: 'UPDATE t SET a = $1, b = $2 WHERE id = $3 AND a <> $1',
      parameters: ['x', null, 7],
    });
  });

  it('leaves casts, literals and quoted identifiers alone', () => {
    const query = named(`SELECT :payload::jsonb, ':not' AS "x:y", 'it''s :no', now() + :ms * interval '1 millisecond'`, {
      payload: '{}',
      ms: 5,
    });
    expect(query.sql).toBe(`SELECT $1::jsonb, ':not' AS "x:y", 'it''s :no', now() + $2 * interval '1 millisecond'`);
    expect(query.parameters).toEqual(['{}', 5]);
  });

  it('numbers after an offset, for a statement that follows others', () => {
    expect(named('WHERE id = :id', { id: 'a' }, 13)).toEqual({ sql: 'WHERE id = $14', parameters: ['a'] });
  });

  it('refuses a name without a value, an undefined value and a value without a name', () => {
    expect(() => named('WHERE id = :id', {})).toThrow(':id');
    expect(() => named('WHERE id = :id', { id: undefined })).toThrow(':id');
    expect(() => named('WHERE id = :id', { id: 1, idd: 2 })).toThrow('idd');
  });

  it('binds null, arrays and objects as they are', () => {
    const codes = ['64.02', '64'];
    expect(named('WHERE c = ANY(:codes) AND x IS :nothing', { codes, nothing: null }).parameters).toEqual([codes, null]);
  });
});
