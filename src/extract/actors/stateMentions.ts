// Mentions of states: a country's name, capital or metonym ("Moscow", "the
// Kremlin"), a demonym heading a state noun ("the Russian side", "the Italian
// government"), compounds ("Anglo-French"). A name that modifies a noun
// ("NATO troops", "EU members") is kept as a modifier, not a subject.
import type { NameRef } from '../knowledgeBase';
import type { Token } from '../text/tokens';
import {
  COMBINING_PREFIXES,
  MODIFIED_NOUNS,
  STATE_NOUN_PHRASES,
  STATE_NOUNS,
} from '../lexicon/words';
import type { ArticleContext } from './articleContext';
import { makeMention, type Mention } from './mention';

/** Who speaks for a state without a name ("a Whitehall source"); after a demonym, anyone ("a Ukrainian source"). */
const INSIDERS = new Set(['source', 'sources', 'insider', 'insiders']);

/** Length of a state noun ("government", "Foreign Ministry") at `at`, 0 if none. */
function stateNounAt(tokens: readonly Token[], at: number): number {
  for (const phrase of STATE_NOUN_PHRASES) {
    if (phrase.every((word, k) => tokens[at + k]?.norm === word)) return phrase.length;
  }
  return STATE_NOUNS.has(tokens[at]?.norm ?? '') ? 1 : 0;
}

export function countryMention(
  tokens: readonly Token[],
  at: number,
  length: number,
  refs: readonly NameRef[],
): Mention {
  const countries = refs.filter(
    (ref): ref is Extract<NameRef, { kind: 'country' }> => ref.kind === 'country',
  );
  const org = refs.find((ref): ref is Extract<NameRef, { kind: 'org' }> => ref.kind === 'org');
  const first = countries[0];
  const actors = first ? [`country:${first.code}`] : org ? [org.id] : [];
  const end = at + length;
  const next = tokens[end];
  const demonym = first?.form === 'demonym';
  const state = stateNounAt(tokens, end);
  if (state > 0) {
    // "a UK Government source", "a Whitehall official": someone speaking for the state.
    const insider = INSIDERS.has(tokens[end + state]?.norm ?? '') ? 1 : 0;
    return makeMention({ start: at, end: end + state + insider, kind: 'actor', actors });
  }
  if (!demonym && INSIDERS.has(next?.norm ?? ''))
    return makeMention({ start: at, end: end + 1, kind: 'actor', actors });
  // "Russia's Foreign Ministry": the state itself, not a possessor.
  const owned = next?.norm === "'s" ? stateNounAt(tokens, end + 1) : 0;
  if (owned > 0 && !demonym)
    return makeMention({ start: at, end: end + 1 + owned, kind: 'actor', actors });
  if (next?.norm === "'s")
    return makeMention({
      start: at,
      end,
      kind: 'actor',
      actors,
      possessive: true,
      modifier: demonym,
    });
  const modifies =
    demonym ||
    (next !== undefined &&
      (MODIFIED_NOUNS.has(next.norm) ||
        (next.text === '-' && next.start === tokens[end - 1]?.end)));
  return makeMention({ start: at, end, kind: 'actor', actors, modifier: modifies });
}

/** "Anglo-French", "French-British": two countries in one modifier. */
export function compoundAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  const first = tokens[at];
  const dash = tokens[at + 1];
  if (!first || dash?.text !== '-' || dash.start !== first.end) return undefined;
  const firstMatch = ctx.kb.names.longestAt(tokens, at, end);
  const firstCode =
    firstMatch?.length === 1 &&
    firstMatch.values[0]?.kind === 'country' &&
    firstMatch.values[0].form === 'demonym'
      ? firstMatch.values[0].code
      : COMBINING_PREFIXES[first.norm];
  const second = ctx.kb.names.longestAt(tokens, at + 2, end);
  const ref = second?.values[0];
  if (!firstCode || !second || ref?.kind !== 'country' || ref.form !== 'demonym') return undefined;
  const stop = at + 2 + second.length;
  const state = stateNounAt(tokens, stop);
  return makeMention({
    start: at,
    end: stop + state,
    kind: 'actor',
    actors: [`country:${firstCode}`, `country:${ref.code}`],
    modifier: state === 0,
  });
}

/** "the Embassy of the Russian Federation", "the Ministry of Defence of Ukraine": the state named after the body. */
export function stateOfAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): Mention | undefined {
  if (tokens[at]?.norm !== 'the') return undefined;
  const noun = stateNounAt(tokens, at + 1);
  if (noun === 0 || tokens[at + 1 + noun]?.norm !== 'of') return undefined;
  const name = tokens[at + 2 + noun]?.norm === 'the' ? at + 3 + noun : at + 2 + noun;
  const match = ctx.kb.names.longestAt(tokens, name, end);
  const country = match?.values.find(
    (ref): ref is Extract<NameRef, { kind: 'country' }> => ref.kind === 'country',
  );
  if (!match || !country) return undefined;
  return makeMention({
    start: at,
    end: name + match.length,
    kind: 'actor',
    actors: [`country:${country.code}`],
  });
}
