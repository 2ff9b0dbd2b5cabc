/**
 * Line breaks and other control characters (C0, DEL, C1 such as NEL, and the Unicode line and
 * paragraph separators), with the blanks around them, each run as one space.
 */
const LINE_BREAKING = /\s*[\p{Cc}\u2028\u2029]+\s*/gu;

/**
 * A text for a one-line place, an email subject or an in-app heading: a cooperative's or a
 * partner's name sent with CR LF in it must not start a new header line (`Bcc: ...`) nor a
 * body; its words stay, on one line, between single spaces.
 */
export function singleLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ').trim();
}
