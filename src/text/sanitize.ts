/**
 * Terminal-safe text: C0/C1 controls, DEL and bidi overrides become visible
 * stand-ins, one UTF-16 unit each, so columns keep their meaning.
 */
export function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '?';
  });
}

/** `sanitize` for text of several lines: the line breaks stay, every other control character is shown. */
export function sanitizeLines(s: string): string {
  return s.split('\n').map(sanitize).join('\n');
}
