// Speech events ("X said that ...", "... ,\" said X", "according to X") and the
// speakers of quotations, which may run over several sentences and be
// attributed before or after them; a paragraph that is one unattributed
// quotation continues the previous speaker.
import {
  BETWEEN_SUBJECT_AND_VERB,
  OBJECT_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../lexicon/words';
import { tokenAt } from './cueFinder';
import { listEndingWith } from './lists';
import { findSubject } from './subject';
import { resolveMention } from './resolve';
import {
  mentionStartingAt,
  quoteIndexOf,
  sentenceOfToken,
  type ArticleView,
  type SentenceView,
  type SpeechEvent,
} from './view';
import type { Turn } from '../text/transcript';
import type { Mention } from '../actors/mention';

/** Verbs of saying followed by whom it was said to ("told reporters"). */
const AUDIENCE_VERBS = new Set(['told', 'tells', 'tell', 'telling']);
/** Verbs that close a sentence as its attribution ("..., Tajani said."). */
const CLOSING_VERBS = new Set(
  'said says told tells added adds stated states wrote writes noted notes stressed stresses explained declared insisted warned commented remarked tweeted posted argued argues emphasised emphasized underlined confirmed reported repeated reiterated announced announces acknowledged conceded maintained replied recalled'.split(
    ' ',
  ),
);

/** Words that open a circumstance after a closing attribution ("..., Putin said during his annual press conference."). */
const CIRCUMSTANCE_WORDS = new Set(['during', 'after', 'before', 'following', 'ahead', 'while']);

/** Auxiliaries: a clause of its own, so what follows the verb is what was said. */
const FINITE = new Set(
  'is are was were will would could should can may might must has have had does do did'.split(' '),
);

/** Nouns a verb of saying may modify ("a think tank"): then it is no verb. */
const NOUN_HEADS = new Set(['tank', 'tanks', 'piece', 'pieces']);

/** Words that open a time adverbial after a closing attribution ("..., Tusk said earlier this month."). */
const TIME_WORDS = new Set(
  'earlier later yesterday today tonight this last recently previously again afterwards then monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** "his remarks", "the statement": a noun, not a verb of saying. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  "'s",
  'these',
  'those',
  'such',
  'of',
]);
const CLOSING = new Set(['"', '\u201d', '\u00bb']);
const OPENING = new Set(['"', '\u201c', '\u00ab']);

/** Small words inside a title the gazetteer lacks ("Minister for Defence", "Minister of Foreign Affairs"). */
const TITLE_LINKS = new Set(['for', 'of', 'and']);

/**
 * The mention starting at `from`, or after a title the gazetteer lacks
 * ("Presidential Spokesman X", "Minister for Defence Pål Jonson").
 */
function mentionAfterTitle(
  view: ArticleView,
  sentence: SentenceView,
  from: number,
): Mention | undefined {
  const mention =
    mentionStartingAt(sentence, from) ??
    sentence.mentions.find(
      (m) =>
        m.start > from &&
        m.start <= from + 5 &&
        view.tokens
          .slice(from, m.start)
          .every((t) => t.capitalized || TITLE_WORDS.has(t.norm) || TITLE_LINKS.has(t.norm)),
    );
  // "Russian Foreign Ministry spokeswoman Maria Zakharova": the ministry only qualifies the title.
  if (mention?.modifier) return mentionAfterTitle(view, sentence, mention.end) ?? mention;
  return mention;
}

function speakersAfter(view: ArticleView, sentence: SentenceView, at: number): string[] {
  const start = view.tokens[at]?.norm === 'the' ? at + 1 : at;
  // '"...," says Minister for Defence Pål Jonson': the title comes before the name.
  const mention = mentionAfterTitle(view, sentence, start);
  if (!mention || mention.kind === 'group' || mention.modifier) return [];
  const list = listEndingWith(view, sentence, mention);
  return [...new Set(list.flatMap((m) => resolveMention(view, sentence, m)))];
}

/**
 * What a verb of saying governs: what follows it, or, for a closing
 * attribution ("Italy will not send troops, Tajani said on Tuesday."), what
 * precedes its comma.
 */
function contentOf(view: ArticleView, sentence: SentenceView, verb: number): [number, number] {
  const after = view.tokens
    .slice(verb + 1, sentence.tokenEnd)
    .filter((t) => !/^[.!?"”]$/.test(t.text));
  const comma = after.findIndex((t) => t.text === ',');
  // "..., Lavrov said on Tuesday, dismissing ...": what follows the next comma is no content.
  const rest = comma === -1 ? after : after.slice(0, comma);
  // Nothing after the verb but a time, place or audience: "..., Tajani said on Tuesday."
  const first = rest[0];
  const trailing =
    !first ||
    OBJECT_PREPOSITIONS.has(first.norm) ||
    CIRCUMSTANCE_WORDS.has(first.norm) ||
    TIME_WORDS.has(first.norm) ||
    (AUDIENCE_VERBS.has(view.tokens[verb]?.norm ?? '') && rest.length <= 4);
  // A long circumstance ("during his annual Results of the Year press conference") holds no clause.
  const short = rest.length <= 8 || (rest.length <= 16 && !rest.some((t) => FINITE.has(t.norm)));
  const closing =
    trailing &&
    CLOSING_VERBS.has(view.tokens[verb]?.norm ?? '') &&
    short &&
    !rest.some((t) => t.norm === 'that' || t.text === ':' || t.text === ',');
  if (closing) {
    for (let i = verb - 1; i >= Math.max(sentence.tokenStart, verb - 10); i--) {
      if (view.tokens[i]?.text !== ',') continue;
      // Only the speaker (or nothing, in ", said X") stands between the comma and the verb;
      // the speaker may follow a title the gazetteer lacks (", Presidential Spokesman X said").
      // '"... in full," Olaf Scholz said': the quotation closes after its comma.
      let after = i + 1;
      while (CLOSING.has(view.tokens[after]?.text ?? '')) after++;
      const from = view.tokens[after]?.norm === 'the' ? after + 1 : after;
      const speaker = mentionAfterTitle(view, sentence, from);
      // "..., Prime Minister Kristen Michal (Reform) said": a bracketed party stands between.
      let depth = 0;
      const between = view.tokens.slice(speaker ? speaker.end : after, verb).filter((t) => {
        if (t.text === '(') depth++;
        const inside = depth > 0;
        if (t.text === ')') depth--;
        return !inside;
      });
      if (!between.every((t) => BETWEEN_SUBJECT_AND_VERB.has(t.norm))) break;
      return [sentence.tokenStart, i];
    }
  }
  return [verb + 1, sentence.tokenEnd];
}

function eventAt(
  view: ArticleView,
  sentence: SentenceView,
  verb: number,
  events: readonly SpeechEvent[],
): SpeechEvent {
  const [contentStart, contentEnd] = contentOf(view, sentence, verb);
  const event = { verb, speakers: [] as string[], contentStart, contentEnd, firstPerson: false };
  const previous = view.tokens[verb - 1]?.text ?? '';
  const beforeThat = view.tokens[verb - 2]?.text ?? '';
  if (CLOSING.has(previous) || (previous === ',' && CLOSING.has(beforeThat))) {
    const after = speakersAfter(view, sentence, verb + 1);
    if (after.length > 0) return { ...event, speakers: after };
  }
  // '"...," Šimečka said on Friday, adding that': the one who said it goes on.
  const last = events[events.length - 1];
  const participle = /ing$/.test(view.tokens[verb]?.norm ?? '');
  if (previous === ',' && participle && last !== undefined && last.speakers.length > 0)
    return { ...event, speakers: last.speakers, firstPerson: last.firstPerson };
  const subject = findSubject(view, sentence, verb, false);
  if (subject.kind === 'actors') return { ...event, speakers: subject.actors };
  if (subject.kind === 'speech')
    return { ...event, speakers: subject.event.speakers, firstPerson: subject.event.firstPerson };
  if (subject.kind === 'first-person') return { ...event, firstPerson: true };
  if (subject.kind === 'none' && !subject.noun && last)
    return { ...event, speakers: last.speakers, firstPerson: last.firstPerson };
  return event;
}

const MAKE = new Set(['made', 'make', 'makes', 'making']);

/** "made clear that", "made it clear that": a statement. */
function madeClear(view: ArticleView, at: number): boolean {
  if (!MAKE.has(view.tokens[at]?.norm ?? '')) return false;
  const next = view.tokens[at + 1]?.norm === 'it' ? at + 2 : at + 1;
  return view.tokens[next]?.norm === 'clear';
}

/** The speech events of a sentence, left to right (fills `sentence.speech`). */
export function findSpeech(view: ArticleView, sentence: SentenceView): void {
  const events = sentence.speech;
  // A headline "Polish FM: NATO troops in Ukraine 'not unthinkable'" is said by its head.
  const head = mentionStartingAt(sentence, sentence.tokenStart);
  if (head && head.kind === 'actor' && view.tokens[head.end]?.text === ':') {
    const speakers = resolveMention(view, sentence, head);
    events.push({
      verb: head.end,
      speakers,
      contentStart: head.end + 1,
      contentEnd: sentence.tokenEnd,
      firstPerson: false,
    });
  }
  const headed = events.length;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const norm = view.tokens[i]?.norm ?? '';
    if (norm === 'according' && view.tokens[i + 1]?.norm === 'to') {
      const speakers = speakersAfter(view, sentence, i + 2);
      events.push({
        verb: i,
        speakers,
        contentStart: sentence.tokenStart,
        contentEnd: sentence.tokenEnd,
        firstPerson: false,
      });
    } else if (madeClear(view, i)) {
      events.push(eventAt(view, sentence, i, events));
    } else if (
      SPEECH_VERBS.has(norm) &&
      !DETERMINERS.has(view.tokens[i - 1]?.norm ?? '') &&
      !NOUN_HEADS.has(view.tokens[i + 1]?.norm ?? '') &&
      !sentence.mentions.some((m) => m.start <= i && i < m.end)
    ) {
      events.push(eventAt(view, sentence, i, events));
    }
  }
  // "Ukraine: Meloni says no Italian troops": a head naming the topic, not the one speaking.
  if (headed === 1 && events.length > 1) events.shift();
}

function outside(view: ArticleView, event: SpeechEvent): boolean {
  return quoteIndexOf(view, event.verb) === -1 && event.speakers.length > 0;
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
    // '"...," said X', '"...," Deputy Prime Minister and Defence Minister X said'
    // or '"...," X, the party's floor leader, said'.
    const after = closing?.speech.find(
      (e) =>
        e.verb > last &&
        outside(view, e) &&
        (e.verb <= last + 4 ||
          closing.mentions.some(
            (m) =>
              m.start >= last + 2 &&
              m.start <= last + 8 &&
              (m.end === e.verb ||
                (e.verb - m.end <= 12 && m.actors.some((id) => e.speakers.includes(id)))),
          )),
    );
    if (after) speakers = after.speakers;
    const before = opening?.speech.filter((e) => e.verb < first && outside(view, e)).pop();
    if (speakers.length === 0 && before) speakers = before.speakers;
    const paragraph = opening?.paragraph ?? -1;
    const opensParagraph =
      opening !== undefined &&
      view.sentences.find((s) => s.paragraph === paragraph)?.tokenStart === first - 1 &&
      OPENING.has(view.tokens[first - 1]?.text ?? '');
    if (
      speakers.length === 0 &&
      opensParagraph &&
      previous &&
      paragraph - previous.paragraph <= 1
    ) {
      speakers = previous.speakers;
    }
    if (speakers.length > 0) previous = { speakers, paragraph };
    return speakers;
  });
}

/**
 * Gives each transcript turn (the first quotation spans, same order as
 * `turns`) the speaker its label names: "STARMER:" is Keir Starmer, an
 * interview's "A:" the one interviewed; an interviewer's question is nobody's.
 */
export function attributeTurns(view: ArticleView, turns: readonly Turn[]): void {
  const interviewed = turns.some((turn) => turn.answer)
    ? intervieweeBefore(view, turns[0]?.labelStart ?? 0)
    : [];
  turns.forEach((turn, k) => {
    const at = tokenAt(view.tokens, turn.labelStart);
    const sentence = sentenceOfToken(view, at);
    const label = sentence && mentionStartingAt(sentence, at);
    const speakers =
      !turn.question &&
      label &&
      label.kind === 'actor' &&
      label.end <= tokenEndingBy(view, turn.labelEnd)
        ? resolveMention(view, sentence, label).filter((id) => view.ctx.kindOf(id) === 'person')
        : [];
    view.quoteSpeakers[k] = turn.answer ? interviewed : speakers;
  });
}

/** The person named most often before an interview's first question ("... told Balkan Insight"). */
function intervieweeBefore(view: ArticleView, offset: number): string[] {
  const counts = new Map<string, number>();
  for (const sentence of view.sentences) {
    if (sentence.end > offset) break;
    for (const mention of sentence.mentions) {
      const [id] = mention.actors;
      if (mention.kind !== 'actor' || mention.actors.length !== 1 || id === undefined) continue;
      if (view.ctx.kindOf(id) === 'person') counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [id, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = id;
  return best === undefined ? [] : [best];
}

/** Index just past the last token ending at or before `offset`. */
function tokenEndingBy(view: ArticleView, offset: number): number {
  const next = view.tokens.findIndex((token) => token.end > offset);
  return next === -1 ? view.tokens.length : next;
}
