// Only web links are ever made clickable: a `javascript:` or `data:` URL from a
// file must stay inert text.

/** The URL itself when it is an absolute http(s) URL, otherwise null. */
export function safeHttpUrl(url: string): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
