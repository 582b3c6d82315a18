// Resolves a mention to actor ids: names are already resolved; "he"/"she" is
// the nearest person named before in the sentence, else the salient person;
// "it"/"its" the nearest country or organisation, else the salient one; "his
// country" is that person's country.
import type { Mention } from '../actors/mention';
import { quoteIndexOf, type ArticleView, type SentenceView } from './view';

const PERSON = new Set(['he', 'she', 'him', 'his', 'her']);
const THING = new Set(['it', 'its']);

export function isSubjectMention(mention: Mention): boolean {
  return (
    (mention.kind === 'actor' || mention.kind === 'pronoun') &&
    !mention.object &&
    !mention.modifier &&
    !mention.possessive
  );
}

function nearestBefore(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  kinds: readonly string[],
): string | undefined {
  const outside = quoteIndexOf(view, at);
  for (let k = sentence.mentions.length - 1; k >= 0; k--) {
    const mention = sentence.mentions[k] as Mention;
    if (mention.start >= at || mention.kind !== 'actor' || mention.modifier) continue;
    // "a meeting between Putin and Zelensky was possible, he said": not them.
    if (kinds.includes('person') && mention.governor === 'preposition') continue;
    // '"Without a backstop, Putin will test us," he said': not someone quoted.
    if (quoteIndexOf(view, mention.start) !== outside) continue;
    const id = mention.actors[0];
    if (
      id &&
      kinds.includes(view.ctx.kindOf(id) ?? '') &&
      !(kinds.includes('country') && mention.object)
    )
      return id;
  }
  return undefined;
}

/** Words that may stand between a verb of saying and the subject of what is said. */
const BEFORE_CONTENT = new Set([
  'that',
  ',',
  'on',
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** The person who says what starts at `at` ("Merz said on Sunday that he ..."), if one does. */
function speakerJustBefore(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
): string | undefined {
  for (const event of sentence.speech) {
    if (event.verb >= at || at - event.verb > 5) continue;
    const between = view.tokens.slice(event.verb + 1, at);
    if (!between.every((t) => BEFORE_CONTENT.has(t.norm))) continue;
    const person = event.speakers.find((id) => view.ctx.kindOf(id) === 'person');
    if (person) return person;
  }
  return undefined;
}

/** The person a "he"/"she" at token `at` stands for. */
export function personAt(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
): string | undefined {
  return (
    speakerJustBefore(view, sentence, at) ??
    nearestBefore(view, sentence, at, ['person']) ??
    sentence.salientPerson
  );
}

/** "the government": the speaker's, inside what a person or state says; else the state in focus. */
function governmentAt(view: ArticleView, sentence: SentenceView, at: number): string[] {
  const event = sentence.speech.find((e) => e.contentStart <= at && at < e.contentEnd);
  for (const speaker of event?.speakers ?? []) {
    const code = view.ctx.countryOf(speaker);
    if (code) return [`country:${code}`];
  }
  const state = sentence.salientState;
  return state && view.ctx.kindOf(state) === 'country' ? [state] : [];
}

/** The actor ids a mention stands for ([] when unknown). */
export function resolveMention(
  view: ArticleView,
  sentence: SentenceView,
  mention: Mention,
): string[] {
  if (mention.kind === 'actor') return mention.actors;
  if (mention.kind !== 'pronoun') return [];
  if (mention.pronoun === 'the government') return governmentAt(view, sentence, mention.start);
  const [word, noun] = mention.pronoun.split(' ');
  if (noun === 'country') {
    const owner =
      word === 'its'
        ? nearestBefore(view, sentence, mention.start, ['country'])
        : personAt(view, sentence, mention.start);
    if (!owner) return [];
    if (view.ctx.kindOf(owner) === 'country') return [owner];
    const code = view.ctx.countryOf(owner);
    return code ? [`country:${code}`] : [];
  }
  if (PERSON.has(word ?? '')) {
    const person = personAt(view, sentence, mention.start);
    return person ? [person] : [];
  }
  if (THING.has(word ?? '')) {
    const state =
      nearestBefore(view, sentence, mention.start, ['country', 'org']) ?? sentence.salientState;
    return state ? [state] : [];
  }
  return [];
}
