const NESTED: Record<string, string> = { '“': '‘', '”': '’', '‘': '“', '’': '”' };

/**
 * Text inside Chinese double quotes. Quotes the text already carries become the inner kind
 * (“” → ‘’, and ‘’ → “”), as Chinese typography nests them, so a title such as “五重”考核机制改革
 * reads “‘五重’考核机制改革” rather than ““五重”考核机制改革”.
 */
export function zhQuote(text: string): string {
  return `“${text.replace(/[“”‘’]/g, (c) => NESTED[c]!)}”`;
}
