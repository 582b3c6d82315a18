// Which mentions are objects: after a preposition ("in Paris", "to Ukraine"),
// after a verb that takes one ("accused France", "urged Speaker Johnson"), in
// parentheses, or listed with such a mention. Objects are never subjects.
import type { Token } from '../text/tokens';
import { OBJECT_PREPOSITIONS, OBJECT_VERBS } from '../lexicon/words';
import type { Mention } from './mention';

const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/** Marks mentions after a preposition, and those listed with them, as objects. */
export function markObjects(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    let before = mention.start - 1;
    if (tokens[before]?.norm === 'the') before--;
    const previous = tokens[before]?.norm ?? '';
    const verbLike =
      /^\p{Ll}+(?:ed|ing)$/u.test(tokens[before]?.text ?? '') && previous !== 'according';
    const aside = previous === '(' || previous === '[';
    if (OBJECT_PREPOSITIONS.has(previous) || aside) {
      mention.object = true;
      mention.governor = 'preposition';
    } else if (OBJECT_VERBS.has(previous) || verbLike) {
      mention.object = true;
      mention.governor = 'verb';
    }
    const prior = mentions[k - 1];
    if (prior?.object && LIST_JOINERS.has(previous)) {
      const gap = tokens.slice(prior.end, before + 1);
      const after = tokens[mention.end]?.norm ?? '';
      // "France, Britain and Germany" is a list; "Ukraine, Foreign Minister X said" is not.
      const listed =
        gap.every((t) => LIST_JOINERS.has(t.norm)) &&
        (gap.some((t) => t.norm !== ',') || LIST_JOINERS.has(after));
      if (listed) {
        mention.object = true;
        mention.governor = prior.governor;
      }
    }
  }
}
