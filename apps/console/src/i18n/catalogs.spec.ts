import { en } from './en';
import { id, type MessageKey } from './id';
import { translate } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the console's catalogs", () => {
  it('have the same keys in both languages (the type makes a missing one a build error; this catches extras)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('fill the same placeholders in both languages, and no text is left empty', () => {
    for (const key of Object.keys(id) as MessageKey[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(id[key]) });
      expect(id[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
    }
  });

  it('fills placeholders and leaves an unknown one visible rather than blank', () => {
    expect(translate('id', 'nav.unread', { count: 3 })).toBe('3 belum dibaca');
    expect(translate('en', 'nav.unread', { count: 3 })).toBe('3 unread');
    expect(translate('en', 'nav.unread')).toBe('{count} unread');
  });
});
