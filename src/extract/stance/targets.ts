// The position a cue is about: the first position mention after it in its
// clause (its object, within reach: weak cues only nearby), else the last
// before it (predicative cues: "X is not on the cards"), else, for cues that
// stand alone ("too early to commit") or end their clause ("were opposed"),
// the position under discussion.
import type { CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';
import { QUOTE_MARKS } from '../lexicon/words';
import { sentenceOfToken, wordBeforeArticle, type ArticleView, type SpeechEvent } from './view';

const OBJECT_PRONOUNS = new Set(['it', 'this', 'them']);
const LIST_JOINERS = new Set([',', 'and', 'or', 'nor', 'a', 'an', 'the']);

/** Agent-like cues name their holders themselves and reach back for their position. */
export function namesHolders(cue: CueMatch): boolean {
  return cue.entry.agent !== undefined || (cue.entry.listed === true && !cue.negated);
}

const COPULAS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', 'and', 'but']);
/** How far (tokens) a cue reaches for its object: weak cues only nearby. */
const REACH = [6, 8, 16, 24];

/** Words of an amount ("about €1.5 billion", "$146 million") and quotation marks: they do not part an object from its cue. */
const AMOUNT_WORDS = new Set(
  'about around some nearly almost roughly approximately over more than less up to at least a an additional further another million billion trillion bn m thousand hundred euros euro dollars dollar pounds kroner krona kronor zloty yen percent per cent % $ € £ . , " “ ”'.split(
    ' ',
  ),
);
const NUMBER = /^\d/;

/** Tokens from `from` to `to` that are neither amounts nor in a bracketed aside. */
function distance(view: ArticleView, from: number, to: number): number {
  let count = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const norm = view.tokens[i]?.norm ?? '';
    if (norm === '(' || norm === '[') depth++;
    else if (norm === ')' || norm === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !AMOUNT_WORDS.has(norm) && !NUMBER.test(norm)) count++;
  }
  return count;
}

const ITEM_JOINERS = new Set([',', 'and', 'or']);
const TIMINGS = new Set(['after', 'once', 'before', 'until', 'following']);
const ITEM_OPENERS = new Set(['a', 'an', 'the', 'any', 'its', 'their']);

/** "an end to the arms race and a ceasefire": a noun cue's object ends where a list goes on. */
export function listedBetween(view: ArticleView, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++)
    if (
      ITEM_JOINERS.has(view.tokens[i]?.norm ?? '') &&
      ITEM_OPENERS.has(view.tokens[i + 1]?.norm ?? '')
    )
      return true;
  return false;
}

/** "and that means": "that" is no conjunction before these. */
const THAT_VERBS = new Set(
  'means meant is was would will could should has had makes made requires required includes'.split(
    ' ',
  ),
);

/** Whether a verb of saying after "and" ("... and said") stands in tokens [from, to). */
function saidBetween(
  view: ArticleView,
  speech: readonly SpeechEvent[],
  from: number,
  to: number,
): boolean {
  return speech.some(
    (event) => event.verb >= from && event.verb < to && view.tokens[event.verb - 1]?.norm === 'and',
  );
}

/**
 * "said its priority was to protect its border, and that the army would not be sent": a further
 * thing said between a cue and a position; the verb of saying itself governs every one.
 */
function furtherStatement(
  view: ArticleView,
  speech: readonly SpeechEvent[],
  cue: CueMatch,
  to: number,
): boolean {
  // A verb of saying alone governs every statement; "called the plan 'the minimum'" only its own.
  if (cue.end - cue.start === 1 && speech.some((event) => event.verb === cue.start)) return false;
  // "accused Kyiv of trying to gain time and said there could be no ceasefire": a further statement.
  if (saidBetween(view, speech, cue.end + 1, to)) return true;
  for (let i = cue.end; i < to - 1; i++) {
    const norm = view.tokens[i]?.norm;
    if (
      (norm === 'and' || norm === 'but') &&
      view.tokens[i + 1]?.norm === 'that' &&
      !THAT_VERBS.has(view.tokens[i + 2]?.norm ?? '')
    )
      return true;
  }
  return false;
}

/** The position(s) a cue is about; `intransitive` when only its ending a clause points to the topic. */
export interface Target {
  positions: string[];
  mention: number;
  intransitive?: boolean;
}

const PREPOSITIONS = new Set(['to', 'for', 'on', 'about', 'with', 'of', 'in']);
/** Objects that are another matter than the position under discussion ("open to negotiations"). */
const OTHER_MATTERS = new Set(
  'negotiations talks dialogue diplomacy compromise compromises settlement peace contacts discussions'.split(
    ' ',
  ),
);

/** "open to negotiations", "no place for the European Union": a cue ending in a preposition whose object is another matter or an actor. */
function objectFollows(view: ArticleView, cue: CueMatch): boolean {
  let end = cue.end;
  while (QUOTE_MARKS.has(view.tokens[end - 1]?.text ?? '')) end--;
  if (!PREPOSITIONS.has(view.tokens[end - 1]?.norm ?? '')) return false;
  let at = cue.end;
  if (OTHER_MATTERS.has(view.tokens[at]?.norm ?? '')) return true;
  if (view.tokens[at]?.norm === 'the') at++;
  return (
    sentenceOfToken(view, cue.start)?.mentions.some((m) => m.kind === 'actor' && m.start === at) ??
    false
  );
}

const TIME_OPENERS = new Set(['since', 'for', 'last', 'this', 'in', 'on', 'earlier']);

/** "the contingent, which Paris and London are pushing for,": the head of the relative clause the cue ends. */
function relativeHead(
  view: ArticleView,
  cue: CueMatch,
  mentions: readonly PositionMention[],
): number {
  // "which Kyiv has requested since last year,": a time may close the clause after the cue.
  let after = cue.end;
  if (TIME_OPENERS.has(view.tokens[after]?.norm ?? ''))
    while (after < cue.end + 5 && !CLAUSE_END.has(view.tokens[after]?.norm ?? '.')) after++;
  if (!CLAUSE_END.has(view.tokens[after]?.norm ?? '.')) return -1;
  for (let i = cue.start - 1; i >= Math.max(0, cue.start - 6); i--) {
    const norm = view.tokens[i]?.norm ?? '';
    if (norm !== 'which' && norm !== 'that') continue;
    const end = view.tokens[i - 1]?.text === ',' ? i - 1 : i;
    return mentions.findIndex((m) => m.end === end);
  }
  return -1;
}

/** The positions of `mentions[first]` and of those listed with it ("weapons or soldiers"). */
function listedFrom(
  view: ArticleView,
  mentions: readonly PositionMention[],
  first: number,
): Target {
  const positions = [...(mentions[first] as PositionMention).positions];
  for (let k = first + 1; k < mentions.length; k++) {
    const previous = mentions[k - 1] as PositionMention;
    const current = mentions[k] as PositionMention;
    const gap = view.tokens.slice(previous.end, current.start);
    if (gap.length === 0 || !gap.every((t) => LIST_JOINERS.has(t.norm))) break;
    positions.push(...current.positions);
  }
  return { positions, mention: first };
}

export function targets(
  view: ArticleView,
  cue: CueMatch,
  mentions: readonly PositionMention[],
  clauseOf: (i: number) => number,
  topic: string[],
): Target {
  // A statement's cue is about the position it was found for, past any colon ("said: ...").
  const told = cue.topicAt === undefined ? -1 : mentions.findIndex((m) => m.start === cue.topicAt);
  if (told !== -1) return listedFrom(view, mentions, told);
  const clause = clauseOf(cue.start);
  const speech = sentenceOfToken(view, cue.start)?.speech ?? [];
  const dir = cue.entry.dir;
  const reaching = namesHolders(cue) && cue.entry.agent !== 'prefix';
  if (dir !== 'before' && !reaching) {
    const next = view.tokens[cue.end]?.norm ?? '';
    if (
      OBJECT_PRONOUNS.has(next) &&
      !mentions.some((m) => m.start === cue.end) &&
      topic.length > 0
    ) {
      return { positions: topic, mention: -1 };
    }
    const reach = cue.entry.reach ?? REACH[cue.entry.strength] ?? 24;
    const first = mentions.findIndex(
      (m) =>
        m.start >= cue.start &&
        distance(view, cue.end, m.start) <= reach &&
        clauseOf(m.start) === clause &&
        !furtherStatement(view, speech, cue, m.start) &&
        !(cue.entry.noun && listedBetween(view, cue.end, m.start)),
    );
    // "foreign troops can in no way be a guarantee": a position named before beats a stand-in after.
    // "any contingent would be a legitimate target ... with weapons": a predicate is about its subject.
    const predicate = view.tokens
      .slice(Math.max(0, cue.start - 3), cue.start)
      .some((t) => COPULAS.has(t.norm));
    const namedBefore =
      dir === 'any' &&
      (mentions[first]?.anaphor === true || predicate) &&
      mentions.some((m) => !m.anaphor && m.end <= cue.start && clauseOf(m.start) === clause);
    if (first !== -1 && !namedBefore) return listedFrom(view, mentions, first);
  }
  // "should only consider sending soldiers under a UN mandate": what the cue's words name.
  const inside = mentions.findIndex((m) => m.start > cue.start && m.end < cue.end);
  if (dir === 'before' && inside !== -1)
    return { positions: (mentions[inside] as PositionMention).positions, mention: inside };
  if (dir !== 'after' || reaching) {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const mention = mentions[k] as PositionMention;
      if (mention.end <= cue.start && clauseOf(mention.start) === clause) {
        // "called for a ceasefire and said it would consider sanctions": a further statement starts afresh.
        if (saidBetween(view, speech, mention.end, cue.start)) break;
        // "could send troops after a ceasefire, but only with ...": a time is not what is qualified.
        const timed = TIMINGS.has(wordBeforeArticle(view, mention.start));
        if (timed && mentions.slice(0, k).some((m) => clauseOf(m.start) === clause)) continue;
        return { positions: mention.positions, mention: k };
      }
    }
  }
  const gap = relativeHead(view, cue, mentions);
  if (gap !== -1) return { positions: (mentions[gap] as PositionMention).positions, mention: gap };
  const clauseHasPosition = mentions.some((m) => clauseOf(m.start) === clause);
  // A position too far after a cue for it to reach leaves the cue to the one under discussion.
  const reach = cue.entry.reach ?? REACH[cue.entry.strength] ?? 24;
  const positionNear =
    dir !== 'before' &&
    mentions.some(
      (m) =>
        clauseOf(m.start) === clause &&
        (m.end <= cue.start || distance(view, cue.end, m.start) <= reach),
    );
  const intransitive =
    CLAUSE_END.has(view.tokens[cue.end]?.norm ?? '.') &&
    !cue.entry.noun &&
    (cue.entry.strength >= 2 || cue.entry.implicit === true);
  // An agent cue with nothing to point at ("the guarantees proposed by London") is about no position.
  const pointsBack = cue.entry.standalone === true || (reaching && cue.entry.agent === undefined);
  if (pointsBack && !positionNear && !objectFollows(view, cue)) {
    return { positions: topic, mention: -1 };
  }
  if (intransitive && !clauseHasPosition)
    return { positions: topic, mention: -1, intransitive: true };
  return { positions: [], mention: -1 };
}
