// Sentences with offsets. A line break ends a paragraph (and headlines carry no
// full stop), so sentences never cross one. A paragraph with no sentence mark
// before its last word is one sentence as it stands; wink-nlp's sentence
// boundary detection reads only the others, which is most of its cost saved.
// wink gives token values but no offsets, so each token is located in the
// paragraph from a moving cursor, and a sentence spans its first token's start
// to its last token's end.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Range } from './boilerplate';
import { overlapsAny } from './boilerplate';

export interface Sentence {
  start: number;
  end: number;
  /** 0-based index of the paragraph (non-empty line) the sentence is in. */
  paragraph: number;
}

/** Splits a text into sentences. */
export interface SentenceSplitter {
  split(text: string, skip: readonly Range[]): Sentence[];
}

type Span = [number, number];

/** A sentence mark followed, after closing marks and space, by more text: a boundary may be there. */
const INNER_BOUNDARY = /[.!?\u2026]["'\u201d\u2019\u00bb)\]]*\s+\S/;

const LOWER_START = /\p{Ll}/u;
const PARTY_STATE = /\([A-Z]-[A-Z][A-Za-z.]{1,8}\)$/;

/** Offsets of each token value in `text` from `from`, found left to right. */
function tokenOffsets(
  text: string,
  from: number,
  values: readonly string[],
): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = from;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    starts.push(at === -1 ? cursor : at);
    ends.push(at === -1 ? cursor : at + value.length);
    cursor = at === -1 ? cursor : at + value.length;
  }
  return { starts, ends };
}

/** The trimmed span of [start, end), if it holds anything but space. */
function trimmed(text: string, start: number, end: number): Span | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to > from ? [from, to] : undefined;
}

/** Builds the splitter once; wink's model loads here, not at import time. */
export function createSentenceSplitter(): SentenceSplitter {
  const nlp = winkNLP(model, ['sbd']);
  const its = nlp.its;
  /** wink's sentences of the paragraph [start, end) of `text`. */
  const winkSentences = (text: string, start: number, end: number, out: Span[]): void => {
    const doc = nlp.readDoc(text.slice(start, end));
    const { starts, ends } = tokenOffsets(text, start, doc.tokens().out());
    for (const [first = -1, last = -1] of doc.sentences().out(its.span) as unknown as Span[]) {
      const from = starts[first];
      const to = ends[last];
      const span = from !== undefined && to !== undefined ? trimmed(text, from, to) : undefined;
      const previous = out[out.length - 1];
      // No sentence opens in lower case: '(R-Ga.) said ...', '"Why?" he asked.' go on the one before;
      // nor after a party and state: 'Rep. Don Bacon (R-Neb.) said ...'.
      const joins =
        LOWER_START.test(text[span?.[0] ?? 0] ?? '') ||
        PARTY_STATE.test(text.slice(previous?.[0] ?? 0, previous?.[1] ?? 0));
      if (span && previous && previous[1] >= start && joins) previous[1] = span[1];
      else if (span) out.push(span);
    }
  };
  return {
    split(text, skip) {
      const sentences: Sentence[] = [];
      let paragraph = -1;
      let lineStart = 0;
      while (lineStart < text.length) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        const line = trimmed(text, lineStart, lineEnd);
        lineStart = lineEnd + 1;
        if (!line) continue;
        paragraph++;
        if (overlapsAny(skip, line[0], line[1])) continue;
        const spans: Span[] = [];
        if (INNER_BOUNDARY.test(text.slice(line[0], line[1])))
          winkSentences(text, line[0], line[1], spans);
        else spans.push(line);
        for (const [start, end] of spans) sentences.push({ start, end, paragraph });
      }
      return sentences;
    },
  };
}
