// Resolves a mention to actor ids: names are already resolved; "he"/"she" is
// the nearest person named before in the sentence, else the salient person;
// "it"/"its" the nearest country or organisation, else the salient one; "his
// country" is that person's country.
import type { Mention } from '../actors/mention';
import type { ArticleView, SentenceView } from './view';

const PERSON = new Set(['he', 'she', 'him', 'his', 'her']);
const THING = new Set(['it', 'its']);

export function isSubjectMention(mention: Mention): boolean {
  return (
    (mention.kind === 'actor' || mention.kind === 'pronoun') && !mention.object && !mention.modifier
  );
}

function nearestBefore(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
  kinds: readonly string[],
): string | undefined {
  for (let k = sentence.mentions.length - 1; k >= 0; k--) {
    const mention = sentence.mentions[k] as Mention;
    if (mention.start >= at || mention.kind !== 'actor' || mention.modifier) continue;
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

/** The person a "he"/"she" at token `at` stands for. */
export function personAt(
  view: ArticleView,
  sentence: SentenceView,
  at: number,
): string | undefined {
  return nearestBefore(view, sentence, at, ['person']) ?? sentence.salientPerson;
}

/** The actor ids a mention stands for ([] when unknown). */
export function resolveMention(
  view: ArticleView,
  sentence: SentenceView,
  mention: Mention,
): string[] {
  if (mention.kind === 'actor') return mention.actors;
  if (mention.kind !== 'pronoun') return [];
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
