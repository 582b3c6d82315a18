// Binds each cue to the position it is about and to the actors who hold it.
// Position: the first position mention after the cue in its clause (its
// object), else the last before it (for predicative cues: "X is not on the
// cards"), else, for cues that stand alone ("too early to commit"), the
// position under discussion. Holders: see holders.ts.
import type { Stance } from '../../graph/types';
import {
  CLAUSE_BREAK_PUNCTUATION,
  CLAUSE_BREAK_WORDS,
  QUOTE_MARKS,
  SHORTAGES,
} from '../lexicon/words';
import type { CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';
import { settle } from './competition';
import { holdersOf, positionSubject } from './holders';
import { listedBetween, targets } from './targets';
import {
  haltedAfter,
  withoutBefore,
  type ArticleView,
  type SentenceView,
  type TopicAt,
} from './view';

export interface Binding {
  cue: CueMatch;
  stance: Stance;
  positions: string[];
  /** Index of the position mention in the sentence list, -1 for the topic. */
  mention: number;
  holders: string[];
  /** How the holders were found, for confidence. */
  how: string;
}

const OPENING_BRACKETS = new Set(['(', '[']);
const CLOSING_BRACKETS = new Set([')', ']']);

/** "prepared to send soldiers, but only if the US provides a backstop": a "but" that qualifies goes on. */
function qualifies(view: ArticleView, at: number): boolean {
  return view.tokens[at]?.norm === 'but' && view.tokens[at + 1]?.norm === 'only';
}

/**
 * Clause number of each token of the sentence (breaks at ";", "while", "but", ...).
 * A bracketed aside ("(BSW)", "($146 million)") is a clause of its own, and the
 * clause it interrupts goes on after it.
 */
export function clauseIds(view: ArticleView, sentence: SentenceView): number[] {
  const ids: number[] = [];
  let clause = 0;
  let next = 1;
  let resume: number | undefined;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = view.tokens[i];
    const text = token?.text ?? '';
    if (OPENING_BRACKETS.has(text) && resume === undefined) {
      resume = clause;
      clause = next++;
    } else if (CLOSING_BRACKETS.has(text) && resume !== undefined) {
      ids.push(clause);
      clause = resume;
      resume = undefined;
      continue;
    } else if (
      token &&
      (CLAUSE_BREAK_PUNCTUATION.has(text) ||
        (CLAUSE_BREAK_WORDS.has(token.norm) && i > sentence.tokenStart && !qualifies(view, i)))
    )
      clause = next++;
    ids.push(clause);
  }
  return ids;
}

const DENYING_DETERMINERS = new Set(['no', 'not', 'neither', 'nor']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'until', 'once']);
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'when', 'whether', 'if']);
const PREPOSITIONS = new Set(['in', 'for', 'under', 'by', 'with', 'through']);

/**
 * "If it asks for troops, ...", "a swap, in which Germany would hand over":
 * a cue in an if-clause or in a scenario described by "in which" states no stance.
 */
function hypothetical(view: ArticleView, sentence: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= sentence.tokenStart; i--) {
    const token = view.tokens[i];
    if (!token || token.text === ',' || CLAUSE_BREAK_PUNCTUATION.has(token.text)) return false;
    // "once a ceasefire is agreed" is a condition; "once again" is not.
    const again =
      token.norm === 'once' && ['again', 'more'].includes(view.tokens[i + 1]?.norm ?? '');
    if (HYPOTHETICAL.has(token.norm) && !again) return true;
    // "Asked what role the United States might play in backing a force, ...": the question's words.
    if (token.norm === 'asked' && QUESTION_WORDS.has(view.tokens[i + 1]?.norm ?? '')) return true;
    if (token.norm === 'which' && PREPOSITIONS.has(view.tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Whether "on <someone>'s terms" follows token `at` ("a ceasefire on Russia's terms"). */
function onTheirTerms(view: ArticleView, at: number): boolean {
  if (view.tokens[at]?.norm !== 'on') return false;
  for (let i = at + 1; i <= at + 4; i++) if (view.tokens[i]?.norm === 'terms') return true;
  return false;
}

const CONDITION_OPENERS = new Set(['if', 'unless']);
const STATEMENT_STARTS = new Set(['\u201c', '\u2018', 'that', ':']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);
const AIMS = new Set(['want', 'wants', 'serious']);

/** Whether a statement starts at token `at`: the sentence's start, "that", ":" or an opening quotation mark. */
function statementStart(view: ArticleView, sentence: SentenceView, at: number): boolean {
  if (at === sentence.tokenStart) return true;
  const before = view.tokens[at - 1]?.norm ?? '';
  if (STATEMENT_STARTS.has(before)) return true;
  return (
    STRAIGHT_QUOTES.has(before) &&
    (at - 1 === sentence.tokenStart || [',', ':'].includes(view.tokens[at - 2]?.norm ?? ''))
  );
}

/**
 * "If there's a proposal, we'd want to see the mandate before we'd back it", "said that if
 * asked, Sweden would send troops": a condition opening the statement holds for what it says.
 */
function conditionOpens(view: ArticleView, sentence: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= sentence.tokenStart; i--) {
    const norm = view.tokens[i]?.norm ?? '';
    if (norm === ';' || norm === '.') return false;
    if (!CONDITION_OPENERS.has(norm)) continue;
    if (!statementStart(view, sentence, i)) return false;
    // The condition ends at its comma; "If we want peace, we need to give Ukraine weapons" is an aim.
    for (let k = i + 1; k < at; k++) {
      const word = view.tokens[k]?.norm ?? '';
      if (word === ',') return true;
      if (AIMS.has(word)) return false;
    }
    return false;
  }
  return false;
}

/** "would work only with a US backstop": the condition itself is wanted (its holders are the cue's). */
function wantedCondition(
  view: ArticleView,
  sentence: SentenceView,
  cue: CueMatch,
  mentions: readonly PositionMention[],
  clauseOf: (i: number) => number,
  qualified: number,
): Omit<Binding, 'holders' | 'how'> | undefined {
  if (!cue.entry.conditionAfter || cue.negated) return undefined;
  const condition = conditionOf(view, sentence, cue, mentions, clauseOf);
  const wanted = mentions[condition];
  if (!wanted || condition === qualified) return undefined;
  return {
    cue,
    stance: haltedAfter(view, wanted.end) ? 'opposes' : 'supports',
    positions: wanted.positions,
    mention: condition,
  };
}

/** Who would grant a condition ("only if the United States provides ..."), and hedges before it. */
const PROVIDING = /^(?:provid\w*|giv\w*|gave|offer\w*|extend\w*|guarantee[sd]?|put|puts|stands?)$/;
const HEDGE = /^(?:some|a) (?:kind|sort|form) of\b/;

/**
 * The position named right after a condition cue in its clause ("only with a
 * US backstop"), or -1; the cue's last word may open it ("only under a UN mandate").
 */
function conditionOf(
  view: ArticleView,
  sentence: SentenceView,
  cue: CueMatch,
  mentions: readonly PositionMention[],
  clauseOf: (i: number) => number,
): number {
  // 'would need "some kind of American backstop"': quotation marks and a hedge stand between;
  // "only if the United States provides a security backstop": so does who would provide it.
  const provider = (i: number): boolean =>
    PROVIDING.test(view.tokens[i]?.norm ?? '') ||
    sentence.mentions.some((m) => m.kind === 'actor' && m.start <= i && i < m.end);
  const words = (m: PositionMention): number => {
    const between = view.tokens
      .slice(cue.end, m.start)
      .map((t, k) => ({ norm: t.norm, quote: QUOTE_MARKS.has(t.text), by: provider(cue.end + k) }))
      .filter((t) => !t.quote && !t.by)
      .map((t) => t.norm);
    return HEDGE.test(between.join(' ')) ? between.length - 3 : between.length;
  };
  return mentions.findIndex(
    (m) =>
      !m.anaphor &&
      m.start >= cue.end - 1 &&
      words(m) <= 3 &&
      clauseOf(m.start) === clauseOf(cue.start),
  );
}

/** Whether a position is named right after a "without" in the clause that goes on at `from`. */
function withoutPosition(
  view: ArticleView,
  mentions: readonly PositionMention[],
  from: number,
  clauseOf: (i: number) => number,
): boolean {
  return mentions.some((m) => {
    if (m.anaphor || m.start < from || clauseOf(m.start) !== clauseOf(from)) return false;
    return withoutBefore(view, m.start) !== -1;
  });
}

const REPEATABLE = new Set(['for', 'to', 'on', 'against']);

/** The mention after `first` that an "and <preposition>" repeating the cue's last word opens, and where that "and" is. */
function repeatedAt(
  view: ArticleView,
  mentions: readonly PositionMention[],
  cue: CueMatch,
  first: number,
  clauseOf: (i: number) => number,
): { mention: number; at: number } {
  const preposition = view.tokens[cue.end - 1]?.norm ?? '';
  if (first < 0 || !REPEATABLE.has(preposition)) return { mention: -1, at: -1 };
  for (let k = first + 1; k < mentions.length; k++) {
    const m = mentions[k] as PositionMention;
    if (clauseOf(m.start) !== clauseOf(cue.start)) break;
    for (let at = m.start - 2; at >= m.start - 4; at--) {
      const opened =
        view.tokens[at]?.norm === 'and' &&
        view.tokens[at + 1]?.norm === preposition &&
        view.tokens.slice(at + 2, m.start).every((t) => /^\p{Ll}+$/u.test(t.text));
      if (opened) return { mention: k, at };
    }
  }
  return { mention: -1, at: -1 };
}

/** Binds the sentence's cues to positions and holders, the strongest cue per position and clause winning. */
export function bindSentence(
  view: ArticleView,
  sentence: SentenceView,
  cues: readonly CueMatch[],
  mentions: readonly PositionMention[],
  topicAt: TopicAt,
): Binding[] {
  const ids = clauseIds(view, sentence);
  const clauseOf = (i: number): number => ids[i - sentence.tokenStart] ?? -1;
  const bindings: Binding[] = [];
  for (const cue of cues) {
    // "a mission that is not backed by Washington" describes, it does not report.
    if (hypothetical(view, sentence, cue.start) || (cue.entry.agent && cue.negated)) continue;
    // "stop fighting" names the ceasefire: its verb is no cue on it ("militarisation" judges what it names).
    // "would support a halt to strikes": the stand-in its words make names the ceasefire too.
    const naming = mentions.some((m) =>
      m.anaphor
        ? cue.start === m.start && m.end <= cue.end
        : m.start <= cue.start && cue.end <= m.end,
    );
    if (naming && !cue.entry.implicit && !cue.entry.standalone && !cue.entry.agent) continue;
    const target = targets(view, cue, mentions, clauseOf, topicAt(cue.start, cue.entry.strength));
    if (target.positions.length === 0) {
      // "guarantees would only be credible if the United States stood behind them": what it
      // qualifies is no position, but the speaker still wants the condition ("Putin would only
      // negotiate when ...": not the wish of the one who sets it).
      const { holders, how } = holdersOf(view, sentence, cue);
      const wanted = wantedCondition(view, sentence, cue, mentions, clauseOf, -1);
      if (wanted && how === 'speaker') bindings.push({ ...wanted, holders, how });
      continue;
    }
    const found = holdersOf(view, sentence, cue);
    // "Poland would send troops only if ...": a condition after its position is the position's subject's.
    const { holders, how } =
      found.holders.length === 0 && cue.entry.dir === 'before' && target.mention !== -1
        ? positionSubject(view, sentence, mentions[target.mention] as PositionMention, cue)
        : found;
    // "were opposed." needs its own subject to be about the topic ("air support." is no verb).
    if (holders.length === 0 || (target.intransitive && how === 'speaker')) continue;
    // "No Italian soldier will go to Ukraine", "demanded that no foreign troops be deployed":
    // a position denied outright is opposed, whatever the verb would grant.
    const subject = mentions[target.mention];
    const denied =
      cue.stance === 'supports' &&
      subject !== undefined &&
      (subject.end <= cue.start
        ? DENYING_DETERMINERS.has(view.tokens[subject.start]?.norm ?? '')
        : view.tokens[subject.start - 1]?.norm === 'no');
    // "any delay in supporting Ukraine will only encourage the aggressor": the fault is its absence.
    const missing =
      cue.stance === 'opposes' &&
      subject !== undefined &&
      subject.end <= cue.start &&
      view.tokens
        .slice(Math.max(sentence.tokenStart, subject.start - 3), subject.start)
        .some((t) => SHORTAGES.has(t.norm));
    const stance = denied ? 'opposes' : missing ? 'supports' : cue.stance;
    // "must not be pressured into a ceasefire on Russia's terms": against those terms only.
    // "cannot send troops without a US backstop": only with it.
    const onTerms =
      stance === 'opposes' &&
      subject !== undefined &&
      (onTheirTerms(view, subject.end) ||
        (cue.negated && withoutPosition(view, mentions, subject.end, clauseOf)));
    bindings.push({
      cue,
      stance:
        (stance === 'supports' && conditionOpens(view, sentence, cue.start)) || onTerms
          ? 'conditional'
          : stance,
      positions: target.positions,
      mention: target.mention,
      holders,
      how,
    });
    const wanted = wantedCondition(view, sentence, cue, mentions, clauseOf, target.mention);
    if (wanted) bindings.push({ ...wanted, holders, how });
    // "called for an end to arms deliveries and for a ceasefire": "and for" repeats the cue.
    const again = repeatedAt(view, mentions, cue, target.mention, clauseOf);
    const repeated = mentions[again.mention];
    if (repeated && !cue.negated)
      bindings.push({
        cue: { ...cue, start: again.at, end: again.at + 2 },
        stance: cue.stance,
        positions: repeated.positions,
        mention: again.mention,
        holders,
        how,
      });
  }
  return settle(
    bindings,
    cues,
    mentions,
    clauseOf,
    new Set(sentence.speech.map((e) => e.verb)),
    (from, to) => listedBetween(view, from, to),
  );
}
