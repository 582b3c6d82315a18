// Quotation spans: the text between opening and closing double quotes, curly,
// straight or guillemets. A quotation may run over several sentences; an
// unclosed one ends with its paragraph. Single quotes are left alone: they are
// apostrophes too often to pair reliably.
import type { Range } from './boilerplate';

const OPENERS: Readonly<Record<string, string>> = { '\u201c': '\u201d', '\u00ab': '\u00bb' };
const CLOSERS = new Set(['\u201d', '\u00bb']);

function paragraphQuotes(text: string, from: number, to: number, out: Range[]): void {
  let openAt = -1;
  let closer = '';
  for (let i = from; i < to; i++) {
    const char = text[i] ?? '';
    if (openAt === -1) {
      if (char === '"') {
        openAt = i;
        closer = '"';
      } else if (OPENERS[char]) {
        openAt = i;
        closer = OPENERS[char] ?? '';
      }
    } else if (char === closer || (closer !== '"' && CLOSERS.has(char))) {
      if (i > openAt + 1) out.push({ start: openAt + 1, end: i });
      openAt = -1;
    }
  }
  if (openAt !== -1 && to > openAt + 1) out.push({ start: openAt + 1, end: to });
}

/** The quoted spans of `text` (inside the marks), in order. */
export function quoteSpans(text: string): Range[] {
  const spans: Range[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    paragraphQuotes(text, lineStart, lineEnd, spans);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}

/** The span containing offset `at`, if any. */
export function spanAt(spans: readonly Range[], at: number): Range | undefined {
  return spans.find((span) => span.start <= at && at < span.end);
}
