// Who holds the stance a cue expresses: the agent of "proposed by X", the
// owner of "Macron's plan", the cue's subject, or else the speaker of the
// quotation or statement the cue is in; a speaker whose own country holds it
// holds it too, and a government confirming its leader's act shares it.
import { CLOSING_QUOTES } from '../lexicon/words';
import type { CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';
import { findSubject } from './subject';
import { resolveMention } from './resolve';
import { namesHolders } from './targets';
import {
  mentionEndingAt,
  mentionStartingAt,
  quoteIndexOf,
  type ArticleView,
  type SentenceView,
} from './view';

/** Who holds a cue's stance, and how they were found (for confidence). */
export interface Holders {
  holders: string[];
  how: string;
}

const LIST_JOINERS = new Set([',', 'and', 'or']);
const OUGHT = new Set(['should', 'must', 'ought']);

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
  // "announced by Commission President X": a title the gazetteer lacks may come first.
  let first =
    mentionStartingAt(sentence, at) ??
    sentence.mentions.find(
      (m) =>
        m.start > at &&
        m.start <= at + 2 &&
        view.tokens.slice(at, m.start).every((t) => t.capitalized),
    );
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
): Holders {
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
  if (contrastedGroup(view, sentence, cue.start)) return { holders: [], how: 'group' };
  return { holders: [...speakers], how: 'speaker' };
}

const CONTRASTS = new Set(['while', 'whereas', 'although', 'though', 'but']);

/**
 * "Italy will not send troops, even as 26 countries in the coalition committed to take part":
 * a clause set against what the speaker says, with others as its subject.
 */
function contrastedGroup(view: ArticleView, sentence: SentenceView, at: number): boolean {
  for (let i = at - 1; i > sentence.tokenStart; i--) {
    const norm = view.tokens[i]?.norm ?? '';
    const contrast = CONTRASTS.has(norm) || (norm === 'as' && view.tokens[i - 1]?.norm === 'even');
    if (contrast)
      return sentence.mentions.some(
        (m) => m.kind === 'group' && !m.object && m.start > i && m.end <= at,
      );
    if (norm === ';' || quoteIndexOf(view, i) !== quoteIndexOf(view, at)) return false;
  }
  return false;
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

export function holdersOf(view: ArticleView, sentence: SentenceView, cue: CueMatch): Holders {
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
  // "would be seen by Moscow as a hostile act": the one who judges is named inside.
  const judges = [
    ...(cue.entry.judged ? judgesIn(view, sentence, cue) : []),
    ...experiencers(view, sentence, cue),
  ];
  for (const judge of judges) if (!found.holders.includes(judge)) found.holders.push(judge);
  if (found.how !== 'group')
    found.holders.push(...ownCountries(view, sentence, cue, found.holders));

  addVoices(view, cue, speakers, found.holders);
  // What a state or another person ought to do is the speaker's stance, not yet theirs: "Baerbock
  // said Russia must accept the ceasefire", "Starmer said Putin must accept it"; nor its own
  // state's when the speaker holds no office ("Candidate Simion said Romania should stop sending
  // weapons").
  const ought = view.tokens
    .slice(Math.max(0, cue.start - 3), cue.start)
    .some((t) => OUGHT.has(t.norm));
  if (ought && speakers.length > 0) {
    const voiced = speakers.map((id) => stateOf(view, id));
    const holders = found.holders.filter(
      (id) => view.ctx.kindOf(id) === 'org' || speakers.includes(id) || voiced.includes(id),
    );
    // "The Left Alliance said Finland should only consider sending soldiers under a UN mandate".
    found.holders = holders.length > 0 || found.holders.length === 0 ? holders : [...speakers];
  }
  return found;
}

/**
 * Adds to `holders` the `speakers` (and the quotation's) whose words hold them: one whose own
 * state or party holds the stance ("Merz said Germany would keep supplying"), and a government
 * whose office-holder does.
 */
function addVoices(
  view: ArticleView,
  cue: CueMatch,
  speakers: readonly string[],
  holders: string[],
): void {
  const quote = quoteIndexOf(view, cue.start);
  const outer = quote === -1 ? [] : (view.quoteSpeakers[quote] ?? []);
  for (const speaker of [...speakers, ...outer]) {
    const country = view.ctx.countryOf(speaker);
    const own = `country:${country}`;
    // "The PVV will vote against any deployment, Geert Wilders wrote": a body of the speaker's own
    // country speaks through them.
    const body = holders.some(
      (id) =>
        view.ctx.kindOf(id) === 'org' &&
        country !== '' &&
        (view.ctx.known(id)?.country ?? view.ctx.countryOf(id)) === country,
    );
    if ((holders.includes(own) || body) && !holders.includes(speaker)) holders.push(speaker);
    // "The White House confirmed that Trump had ordered a pause": the government's too.
    const government =
      view.ctx.kindOf(speaker) === 'country' &&
      holders.some(
        (id) => view.ctx.kindOf(id) === 'person' && `country:${view.ctx.countryOf(id)}` === speaker,
      );
    if (government && !holders.includes(speaker)) holders.push(speaker);
  }
}

/** The state `id` speaks for: itself if a country, the country of an office-holder of it, else ''. */
function stateOf(view: ArticleView, id: string): string {
  const kind = view.ctx.kindOf(id);
  if (kind === 'country') return id;
  const country = view.ctx.countryOf(id);
  return kind === 'person' && country && view.ctx.holdsStateOffice(id) ? `country:${country}` : '';
}

/** Verdicts that someone finds something: "unacceptable to Moscow". */
const VERDICTS = new Set([
  'unacceptable',
  'inadmissible',
  'unjustifiable',
  'threat',
  'provocation',
  'option',
]);

/**
 * "Merz said Germany would keep supplying Ukraine": the own countries of the
 * speakers among `holders`, when they are the subject of what is said.
 */
function ownCountries(
  view: ArticleView,
  sentence: SentenceView,
  cue: CueMatch,
  holders: readonly string[],
): string[] {
  const countries: string[] = [];
  for (const holder of holders) {
    if (view.ctx.kindOf(holder) !== 'person') continue;
    const own = stateOf(view, holder);
    if (!own || holders.includes(own)) continue;
    const said = sentence.speech.find(
      (e) =>
        e.speakers.includes(holder) &&
        (cue.topicAt === undefined
          ? e.contentStart <= cue.start && cue.start < e.contentEnd
          : e.verb === cue.start),
    );
    // A verb of saying as the cue: the subject of the clause that names the position ("said Russia viewed the idea negatively").
    const bound = cue.topicAt ?? cue.start;
    const named =
      said !== undefined &&
      sentence.mentions.some(
        (m) =>
          m.kind === 'actor' &&
          !m.object &&
          !m.modifier &&
          // "said Sweden's military support would be kept": the owner of what is said.
          (!m.possessive ||
            view.tokens.slice(m.end, bound).every((t) => POSSESSIVE_MARKS.test(t.text))) &&
          m.start >= said.contentStart &&
          m.end <= bound &&
          (cue.topicAt === undefined || sameClause(view, m.end, bound)) &&
          view.tokens[m.start - 1]?.norm !== 'which' &&
          m.actors.includes(own),
      );
    if (named && !countries.includes(own)) countries.push(own);
  }
  return countries;
}

const CLAUSE_BREAKS = new Set([';', ':', 'that', 'and', 'but', 'while', 'whereas']);
const POSSESSIVE_MARKS = /^['\u2019]s?$/;

function sameClause(view: ArticleView, from: number, to: number): boolean {
  return view.tokens.slice(from, to).every((t) => !CLAUSE_BREAKS.has(t.norm));
}

/** The state a verdict cue is for ("would be unacceptable to Moscow", "a threat for Russia"). */
function experiencers(view: ArticleView, sentence: SentenceView, cue: CueMatch): string[] {
  const verdict = view.tokens[cue.end - 1]?.norm ?? '';
  let after = cue.end;
  while (CLOSING_QUOTES.has(view.tokens[after]?.text ?? '')) after++;
  const preposition = view.tokens[after]?.norm ?? '';
  if (!VERDICTS.has(verdict) || (preposition !== 'to' && preposition !== 'for')) return [];
  const at = view.tokens[after + 1]?.norm === 'the' ? after + 2 : after + 1;
  const mention = mentionStartingAt(sentence, at);
  if (mention?.kind !== 'actor' || mention.modifier) return [];
  return resolveMention(view, sentence, mention).filter((id) => view.ctx.kindOf(id) !== 'person');
}

/** The actors after "by" inside a cue ("seen by Moscow as"). */
function judgesIn(view: ArticleView, sentence: SentenceView, cue: CueMatch): string[] {
  for (let i = cue.start; i < cue.end; i++) {
    if (view.tokens[i]?.norm !== 'by') continue;
    const at = view.tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    const mention = mentionStartingAt(sentence, at);
    return mention?.kind === 'actor' ? resolveMention(view, sentence, mention) : [];
  }
  return [];
}

/** The actors whose verb governs a position mention ("Poland would send troops"). */
export function positionSubject(
  view: ArticleView,
  sentence: SentenceView,
  mention: PositionMention,
  cue: CueMatch,
): Holders {
  const subject = findSubject(view, sentence, mention.start, false);
  if (subject.kind !== 'actors') return { holders: [], how: 'none' };
  const holders = [...subject.actors];
  addVoices(view, cue, speakersAt(view, sentence, cue.start), holders);
  return { holders, how: subject.how };
}
