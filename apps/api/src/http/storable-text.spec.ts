import { MAX_NESTING, printableKey, unstorableReason, unstorableTextProblems } from './storable-text';

describe('storable text', () => {
  it.each(['plain', '', 'Koperasi 🌾', '\u200b\u200f\u202e', 'tab\tline\r\n', '\ud83d\ude00', 'عربي', '\uffff'])('%j is storable', (text) => {
    expect(unstorableReason(text)).toBeNull();
  });

  it.each(['a\u0000b', '\u0000', 'a\ud800', '\ud800b', 'a\udc00', '\udc00\ud800', '\ude00\ud83d'])('%j is not', (text) => {
    expect(unstorableReason(text)).not.toBeNull();
  });

  it('names every bad string by its path, in the order written, keys included', () => {
    const problems = unstorableTextProblems({ name: 'ok', officer: { email: 'a\u0000' }, list: ['x', '\ud800'], ['k\u0000']: 1 });
    expect(problems.map((problem) => problem.field)).toEqual(['officer.email', 'list.1', 'k\\u0000']);
  });

  it('a bare string body is named "body"', () => {
    expect(unstorableTextProblems('\u0000')).toEqual([{ field: 'body', message: expect.stringContaining('NUL') }]);
  });

  it('refuses nesting past the limit without recursing', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const problems = unstorableTextProblems(deep);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(`${MAX_NESTING}`);
  });

  it('reports at most 20 problems', () => {
    expect(unstorableTextProblems(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });

  it('escapes control characters and lone surrogates in a printed key', () => {
    expect(printableKey('a\u0000b\nc\ud800')).toBe('a\\u0000b\\u000ac\\ud800');
  });
});
