// Binds each cue to the position it is about and to the actors who hold it.
// Position: the first position mention after the cue in its clause (its
// object), else the last before it (for predicative cues: "X is not on the
// cards"), else, for cues that stand alone ("too early to commit"), the
// position under discussion. Holders: the cue's subject, its possessor, the
// agent of "proposed by X", or else the speaker of the quotation or statement.
import type { Stance } from '../../graph/types';
import { CLAUSE_BREAK_PUNCTUATION, CLAUSE_BREAK_WORDS } from '../lexicon/words';
import type { CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';
import { settle } from './competition';
import { namesHolders, targets } from './targets';
import { findSubject } from './subject';
import { resolveMention } from './resolve';
import {
  mentionEndingAt,
  mentionStartingAt,
  quoteIndexOf,
  type ArticleView,
  type SentenceView,
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

const LIST_JOINERS = new Set([',', 'and', 'or']);

/** Clause number of each token of the sentence (breaks at ";", "while", "but", ...). */
export function clauseIds(view: ArticleView, sentence: SentenceView): number[] {
  const ids: number[] = [];
  let clause = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = view.tokens[i];
    if (
      token &&
      (CLAUSE_BREAK_PUNCTUATION.has(token.text) ||
        (CLAUSE_BREAK_WORDS.has(token.norm) && i > sentence.tokenStart))
    )
      clause++;
    ids.push(clause);
  }
  return ids;
}

/** The speakers whose words contain token `at`: a statement inside its quotation, else the quotation's, else the statement's. */
export function speakersAt(view: ArticleView, sentence: SentenceView, at: number): string[] {
  const quote = quoteIndexOf(view, at);
  const quoted = quote === -1 ? [] : (view.quoteSpeakers[quote] ?? []);
  const events = sentence.speech.filter(
    (e) => e.contentStart <= at && at < e.contentEnd && quoteIndexOf(view, e.verb) === quote,
  );
  // The innermost statement with a speaker ("Lavrov warned that, even if labeled as ..., ...").
  const event = events.filter((e) => e.speakers.length > 0 || e.firstPerson).pop() ?? events.pop();
  if (event) return event.firstPerson ? quoted : event.speakers;
  return quoted;
}

function agentHolders(view: ArticleView, sentence: SentenceView, cue: CueMatch): string[] {
  if (cue.entry.agent === 'prefix') {
    const owner = mentionEndingAt(sentence, cue.start);
    return owner ? resolveMention(view, sentence, owner) : [];
  }
  const at = view.tokens[cue.end]?.norm === 'the' ? cue.end + 1 : cue.end;
  let first = mentionStartingAt(sentence, at);
  // "mocked by Donald Trump's deputy JD Vance": the one after the possessed noun.
  const owner = first?.possessive ? first.end : -1;
  if (owner !== -1) first = sentence.mentions.find((m) => m.start > owner && m.start <= owner + 3);
  if (!first || first.kind === 'group' || first.modifier) return [];
  const list = [first];
  for (const mention of sentence.mentions) {
    const last = list[list.length - 1];
    if (!last || mention.start < last.end) continue;
    const gap = view.tokens.slice(last.end, mention.start);
    if (gap.length === 0 || !gap.every((t) => LIST_JOINERS.has(t.norm) || t.norm === 'the')) break;
    list.push(mention);
  }
  return [...new Set(list.flatMap((m) => resolveMention(view, sentence, m)))];
}

/** Owners of a plan noun: "Macron's plan", "a plan by Paris and London", "the Anglo-French plan". */
function ownerHolders(view: ArticleView, sentence: SentenceView, cue: CueMatch): string[] {
  const subject = findSubject(view, sentence, cue.start, true);
  if (subject.kind === 'actors' && subject.how === 'possessor') return subject.actors;
  if (view.tokens[cue.end]?.norm === 'by')
    return agentHolders(view, sentence, { ...cue, end: cue.end });
  // "the Anglo-French (peacekeeping) plan": a modifier right before the noun.
  for (const gap of [0, 1]) {
    const mention = mentionEndingAt(sentence, cue.start - gap);
    const between = view.tokens[cue.start - 1];
    if (gap === 1 && !/^\p{Ll}+$/u.test(between?.text ?? '')) continue;
    if (mention?.kind === 'actor' && mention.modifier) return mention.actors;
  }
  return [];
}

function subjectHolders(
  view: ArticleView,
  sentence: SentenceView,
  cue: CueMatch,
  speakers: readonly string[],
): { holders: string[]; how: string } {
  const subject = findSubject(
    view,
    sentence,
    cue.subjectAt ?? cue.start,
    cue.entry.noun === true,
    sentence.tokenStart,
    !cue.entry.judged,
  );
  if (subject.kind === 'actors') return { holders: subject.actors, how: subject.how };
  if (subject.kind === 'speech') {
    const holders = subject.event.firstPerson ? speakers : subject.event.speakers;
    return { holders: [...holders], how: 'speaker' };
  }
  if (subject.kind === 'group') {
    // "Macron said 26 countries had committed to sending troops": the speaker reports support for their cause.
    const event = sentence.speech.filter((e) => e.verb < cue.start).pop();
    const reported =
      event !== undefined &&
      subject.start - event.verb <= 10 &&
      quoteIndexOf(view, cue.start) === -1 &&
      cue.stance !== 'opposes' &&
      !existential(view, sentence, cue.start);
    return { holders: reported ? [...speakers] : [], how: 'group' };
  }
  return { holders: [...speakers], how: 'speaker' };
}

/** "there are countries that ...": a group introduced only to be contrasted. */
function existential(view: ArticleView, sentence: SentenceView, at: number): boolean {
  for (let i = sentence.tokenStart; i < at - 1; i++) {
    if (
      view.tokens[i]?.norm === 'there' &&
      ['are', 'were', 'is', 'was'].includes(view.tokens[i + 1]?.norm ?? '')
    )
      return true;
  }
  return false;
}

function holdersOf(
  view: ArticleView,
  sentence: SentenceView,
  cue: CueMatch,
): { holders: string[]; how: string } {
  if (namesHolders(cue)) return { holders: agentHolders(view, sentence, cue), how: 'agent' };
  if (cue.entry.speakerHolds)
    return { holders: speakersAt(view, sentence, cue.start), how: 'speaker' };
  if (cue.entry.speakerFirst) {
    const speakers = speakersAt(view, sentence, cue.start);
    if (speakers.length > 0) return { holders: speakers, how: 'speaker' };
  }
  if (cue.entry.owned) return { holders: ownerHolders(view, sentence, cue), how: 'owner' };
  const speakers = speakersAt(view, sentence, cue.start);
  const found = subjectHolders(view, sentence, cue, speakers);
  const quote = quoteIndexOf(view, cue.start);
  const outer = quote === -1 ? [] : (view.quoteSpeakers[quote] ?? []);
  for (const speaker of [...speakers, ...outer]) {
    const own = `country:${view.ctx.countryOf(speaker)}`;
    if (found.holders.includes(own) && !found.holders.includes(speaker))
      found.holders.push(speaker);
    // "The White House confirmed that Trump had ordered a pause": the government's too.
    const government =
      view.ctx.kindOf(speaker) === 'country' &&
      found.holders.some(
        (id) => view.ctx.kindOf(id) === 'person' && `country:${view.ctx.countryOf(id)}` === speaker,
      );
    if (government && !found.holders.includes(speaker)) found.holders.push(speaker);
  }
  return found;
}

const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'until']);
const PREPOSITIONS = new Set(['in', 'for', 'under', 'by', 'with', 'through']);

/**
 * "If it asks for troops, ...", "a swap, in which Germany would hand over":
 * a cue in an if-clause or in a scenario described by "in which" states no stance.
 */
function hypothetical(view: ArticleView, sentence: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= sentence.tokenStart; i--) {
    const token = view.tokens[i];
    if (!token || token.text === ',' || CLAUSE_BREAK_PUNCTUATION.has(token.text)) return false;
    if (HYPOTHETICAL.has(token.norm)) return true;
    if (token.norm === 'which' && PREPOSITIONS.has(view.tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** The actors whose verb governs a position mention ("Poland would send troops"). */
function positionSubject(
  view: ArticleView,
  sentence: SentenceView,
  mention: PositionMention,
): { holders: string[]; how: string } {
  const subject = findSubject(view, sentence, mention.start, false);
  return subject.kind === 'actors'
    ? { holders: subject.actors, how: subject.how }
    : { holders: [], how: 'none' };
}

/** The position named right after a condition cue in its clause ("only with a US backstop"), or -1. */
function conditionOf(
  cue: CueMatch,
  mentions: readonly PositionMention[],
  clauseOf: (i: number) => number,
): number {
  return mentions.findIndex(
    (m) =>
      !m.anaphor &&
      m.start >= cue.end &&
      m.start <= cue.end + 3 &&
      clauseOf(m.start) === clauseOf(cue.start),
  );
}

/** Binds the sentence's cues to positions and holders, the strongest cue per position and clause winning. */
export function bindSentence(
  view: ArticleView,
  sentence: SentenceView,
  cues: readonly CueMatch[],
  mentions: readonly PositionMention[],
  topicAt: (token: number, strength: number) => string[],
): Binding[] {
  const ids = clauseIds(view, sentence);
  const clauseOf = (i: number): number => ids[i - sentence.tokenStart] ?? -1;
  const bindings: Binding[] = [];
  for (const cue of cues) {
    // "a mission that is not backed by Washington" describes, it does not report.
    if (hypothetical(view, sentence, cue.start) || (cue.entry.agent && cue.negated)) continue;
    const target = targets(view, cue, mentions, clauseOf, topicAt(cue.start, cue.entry.strength));
    if (target.positions.length === 0) continue;
    const found = holdersOf(view, sentence, cue);
    // "Poland would send troops only if ...": a condition after its position is the position's subject's.
    const { holders, how } =
      found.holders.length === 0 && cue.entry.dir === 'before' && target.mention !== -1
        ? positionSubject(view, sentence, mentions[target.mention] as PositionMention)
        : found;
    // "were opposed." needs its own subject to be about the topic ("air support." is no verb).
    if (holders.length === 0 || (target.intransitive && how === 'speaker')) continue;
    bindings.push({
      cue,
      stance: cue.stance,
      positions: target.positions,
      mention: target.mention,
      holders,
      how,
    });
    // "would work only with a US backstop": the condition itself is wanted.
    const condition =
      cue.entry.conditionAfter && !cue.negated ? conditionOf(cue, mentions, clauseOf) : -1;
    const wanted = mentions[condition];
    if (wanted && condition !== target.mention)
      bindings.push({
        cue,
        stance: 'supports',
        positions: wanted.positions,
        mention: condition,
        holders,
        how,
      });
  }
  return settle(bindings, cues, mentions, clauseOf);
}
