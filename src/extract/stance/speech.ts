// Speech events ("X said that ...", "... ,\" said X", "according to X") and the
// speakers of quotations, which may run over several sentences and be
// attributed before, after, or in an earlier paragraph.
import { SPEECH_VERBS } from '../lexicon/words';
import { findSubject, listEndingWith } from './subject';
import { resolveMention } from './resolve';
import {
  mentionStartingAt,
  quoteIndexOf,
  type ArticleView,
  type SentenceView,
  type SpeechEvent,
} from './view';

const CLOSING = new Set(['"', '\u201d', '\u00bb']);

function speakersAfter(view: ArticleView, sentence: SentenceView, at: number): string[] {
  const start = view.tokens[at]?.norm === 'the' ? at + 1 : at;
  const mention = mentionStartingAt(sentence, start);
  if (!mention || mention.kind === 'group') return [];
  const list = listEndingWith(view, sentence, mention);
  return [...new Set(list.flatMap((m) => resolveMention(view, sentence, m)))];
}

function speakersOf(
  view: ArticleView,
  sentence: SentenceView,
  verb: number,
  events: readonly SpeechEvent[],
): string[] {
  const previous = view.tokens[verb - 1]?.text ?? '';
  const beforeThat = view.tokens[verb - 2]?.text ?? '';
  if (CLOSING.has(previous) || (previous === ',' && CLOSING.has(beforeThat))) {
    const after = speakersAfter(view, sentence, verb + 1);
    if (after.length > 0) return after;
  }
  const subject = findSubject(view, sentence, verb, false);
  if (subject.kind === 'actors') return subject.actors;
  if (subject.kind === 'speech') return subject.event.speakers;
  if (subject.kind === 'none' && !subject.noun) return events[events.length - 1]?.speakers ?? [];
  return [];
}

/** The speech events of a sentence, left to right (fills `sentence.speech`). */
export function findSpeech(view: ArticleView, sentence: SentenceView): void {
  const events = sentence.speech;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const norm = view.tokens[i]?.norm ?? '';
    if (quoteIndexOf(view, i) !== -1) continue;
    if (norm === 'according' && view.tokens[i + 1]?.norm === 'to') {
      events.push({
        verb: i,
        speakers: speakersAfter(view, sentence, i + 2),
        contentStart: sentence.tokenStart,
        contentEnd: sentence.tokenEnd,
      });
      continue;
    }
    if (!SPEECH_VERBS.has(norm)) continue;
    events.push({
      verb: i,
      speakers: speakersOf(view, sentence, i, events),
      contentStart: i + 1,
      contentEnd: sentence.tokenEnd,
    });
  }
}

function sentenceOfToken(view: ArticleView, at: number): SentenceView | undefined {
  return view.sentences.find((s) => s.tokenStart <= at && at < s.tokenEnd);
}

/** Assigns each quotation its speakers (fills `view.quoteSpeakers`). */
export function attributeQuotes(view: ArticleView): void {
  let previous: { speakers: string[]; paragraph: number } | undefined;
  view.quoteSpeakers = view.quotes.map((span) => {
    const first = view.tokens.findIndex((t) => t.start >= span.start);
    let last = first;
    while (last + 1 < view.tokens.length && (view.tokens[last + 1]?.end ?? Infinity) <= span.end)
      last++;
    const opening = first >= 0 ? sentenceOfToken(view, first) : undefined;
    const closing = last >= 0 ? sentenceOfToken(view, last) : undefined;
    let speakers: string[] = [];
    const after = closing?.speech.find(
      (e) => e.verb > last && e.verb <= last + 5 && e.speakers.length > 0,
    );
    if (after) speakers = after.speakers;
    const before = opening?.speech.filter((e) => e.verb < first && e.speakers.length > 0).pop();
    if (speakers.length === 0 && before) speakers = before.speakers;
    const paragraph = opening?.paragraph ?? -1;
    if (speakers.length === 0 && previous && paragraph - previous.paragraph <= 1)
      speakers = previous.speakers;
    if (speakers.length > 0) previous = { speakers, paragraph };
    return speakers;
  });
}
