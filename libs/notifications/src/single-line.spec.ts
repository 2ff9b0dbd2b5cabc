import { singleLine } from './single-line';
import { renderNotification } from './render-notification';

describe('singleLine', () => {
  it.each([
    ['Koperasi Sebulu\r\nBcc: evil@example.id', 'Koperasi Sebulu Bcc: evil@example.id'],
    ['a\r\n\r\nbody', 'a body'],
    ['a \n b', 'a b'],
    ['a\rb\nc', 'a b c'],
    ['tab\there', 'tab here'],
    ['nel\u0085line\u2028sep\u2029par', 'nel line sep par'],
    ['nul\u0000del\u007f', 'nul del'],
    ['\r\nleading and trailing\r\n', 'leading and trailing'],
    ['Koperasi Desa Merah Putih 🌾 ‏عربي‎ zero\u200bwidth', 'Koperasi Desa Merah Putih 🌾 ‏عربي‎ zero\u200bwidth'],
  ])('%j → %j', (input, expected) => {
    expect(singleLine(input)).toBe(expected);
  });
});

describe('rendered titles (the email subject) are one line', () => {
  it('a cooperative name with CR LF and a header in it stays one line', () => {
    const rendered = renderNotification('cooperative.registered/cooperative', 'en', {
      eventType: 'cooperative.registered',
      payload: { name: 'Koperasi X\r\nBcc: evil@example.id\r\n\r\nInjected' } as never,
      occurredAt: '2026-01-01T00:00:00Z',
    });
    expect(rendered.title).toBe('Welcome, Koperasi X Bcc: evil@example.id Injected');
    expect(rendered.title).not.toMatch(/[\r\n]/);
  });
});
