// Sentences with offsets. wink-nlp's sentence boundary detection reads the
// whole text once; a sentence that runs over a line break is cut there, since
// a line break ends a paragraph (and headlines carry no full stop). wink gives
// token values but no offsets, so each token is located in the text from a
// moving cursor, and a sentence spans its first token's start to its last
// token's end.
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

/** Offsets of each token value, found left to right. */
function tokenOffsets(
  text: string,
  values: readonly string[],
): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    const found = at === -1 ? cursor : at;
    starts.push(found);
    ends.push(at === -1 ? cursor : at + value.length);
    cursor = at === -1 ? cursor : at + value.length;
  }
  return { starts, ends };
}

/** Cuts [start, end) at line breaks into trimmed pieces. */
function cutAtLines(text: string, start: number, end: number, out: Span[]): void {
  let from = start;
  while (from < end) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 || newline >= end ? end : newline;
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push([from + lead, from + lead + trimmed.length]);
    from = to + 1;
  }
}

/** Paragraph index (non-empty line number) of each offset in `starts`, in increasing order. */
function paragraphsOf(text: string, spans: readonly Span[]): number[] {
  const result: number[] = [];
  let paragraph = -1;
  let nextLine = 0;
  for (const [start] of spans) {
    while (nextLine <= start) {
      const lineStart = nextLine;
      const newline = text.indexOf('\n', lineStart);
      if (text.slice(lineStart, newline === -1 ? text.length : newline).trim()) paragraph++;
      nextLine = newline === -1 ? Infinity : newline + 1;
    }
    result.push(paragraph);
  }
  return result;
}

/** Builds the splitter once; wink's model loads here, not at import time. */
export function createSentenceSplitter(): SentenceSplitter {
  const nlp = winkNLP(model, ['sbd']);
  const its = nlp.its;
  return {
    split(text, skip) {
      const doc = nlp.readDoc(text);
      const { starts, ends } = tokenOffsets(text, doc.tokens().out());
      const spans: Span[] = [];
      for (const [first = -1, last = -1] of doc.sentences().out(its.span) as unknown as Span[]) {
        const start = starts[first];
        const end = ends[last];
        if (start !== undefined && end !== undefined && end > start)
          cutAtLines(text, start, end, spans);
      }
      const paragraphs = paragraphsOf(text, spans);
      return spans
        .map(([start, end], k) => ({ start, end, paragraph: paragraphs[k] ?? 0 }))
        .filter((sentence) => !overlapsAny(skip, sentence.start, sentence.end));
    },
  };
}
