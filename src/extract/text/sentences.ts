// Sentences with offsets. Paragraphs are split on line breaks first; within a
// paragraph wink-nlp's sentence boundary detection decides. wink gives token
// values but no offsets, so each token is located in the text from a moving
// cursor and a sentence spans its first token's start to its last token's end.
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Range } from './boilerplate';
import { overlapsAny } from './boilerplate';

export interface Sentence {
  start: number;
  end: number;
  /** 0-based index of the paragraph (non-empty line) the sentence is in. */
  paragraph: number;
}

/** Splits paragraphs into sentences. */
export interface SentenceSplitter {
  split(text: string, skip: readonly Range[]): Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;

function paragraphSentences(
  nlp: Nlp,
  text: string,
  from: number,
  to: number,
  paragraph: number,
): Sentence[] {
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(from, to));
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = from;
  doc.tokens().each((token: ItemToken) => {
    const value = token.out();
    const at = text.indexOf(value, cursor);
    if (at === -1 || at >= to) {
      starts.push(cursor);
      ends.push(cursor);
      return;
    }
    starts.push(at);
    ends.push(at + value.length);
    cursor = at + value.length;
  });
  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first = -1, last = -1] = sentence.out(its.span) as unknown as number[];
    const start = starts[first];
    const end = ends[last];
    if (start !== undefined && end !== undefined && end > start) {
      sentences.push({ start, end, paragraph });
    }
  });
  return sentences;
}

/** Builds the splitter once; wink's model loads here, not at import time. */
export function createSentenceSplitter(): SentenceSplitter {
  const nlp = winkNLP(model, ['sbd']);
  return {
    split(text, skip) {
      const sentences: Sentence[] = [];
      let paragraph = 0;
      let lineStart = 0;
      while (lineStart <= text.length) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        const line = text.slice(lineStart, lineEnd);
        if (line.trim() && !overlapsAny(skip, lineStart, lineEnd)) {
          sentences.push(...paragraphSentences(nlp, text, lineStart, lineEnd, paragraph));
          paragraph++;
        }
        if (newline === -1) break;
        lineStart = newline + 1;
      }
      return sentences;
    },
  };
}
