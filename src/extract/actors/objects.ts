// Which mentions are objects: after a preposition ("in Paris", "to Ukraine"),
// after a verb that takes one ("accused France", "urged Speaker Johnson"), in
// parentheses, or listed with such a mention. Objects are never subjects.
import type { Token } from '../text/tokens';
import { ARTICLES, OBJECT_PREPOSITIONS, OBJECT_VERBS, SPEECH_VERBS } from '../lexicon/words';
import type { Mention } from './mention';

const LIST_JOINERS = new Set([',', 'and', 'or', '&']);
/** Verbs of saying whose next noun is whom they address, not what they say. */
const OBJECT_TAKING = new Set([
  'telling',
  'warned',
  'warning',
  'cautioned',
  'cautioning',
  'quoted',
]);
const READY = new Set(['ready', 'prepared', 'willing', 'poised', 'keen', 'eager', 'set']);
const QUOTES = new Set(['"', '\u201c', "'", '\u2018']);
const GOVERNMENTS = new Set(['government', 'administration', 'cabinet']);

const REGIONS = /^(?:(?:north|south)?(?:east|west)ern|northern|southern|central)$/;

/** Marks mentions after a preposition, and those listed with them, as objects; `from` starts the sentence. */
export function markObjects(tokens: readonly Token[], mentions: Mention[], from: number): void {
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    if (mention.start <= from) continue;
    let before = mention.start - 1;
    // 'the so-called "coalition of the willing"': marks and "so-called" stand between.
    while (QUOTES.has(tokens[before]?.text ?? '')) before--;
    if (tokens[before]?.norm === 'called' && tokens[before - 2]?.norm === 'so') before -= 3;
    // "from the far-right Confederation": a hyphened modifier stands between.
    if (tokens[before - 1]?.text === '-' && tokens[before - 2]?.end === tokens[before - 1]?.start)
      before -= 3;
    // "in southern Italy": a compass word stands between.
    if (REGIONS.test(tokens[before]?.norm ?? '')) before--;
    if (ARTICLES.has(tokens[before]?.norm ?? '')) before--;
    // "The Russian embassy ... said" after a subhead ("Russian embassy warns"): nothing governs
    // a mention from the sentence before.
    const governing = before >= from ? tokens[before] : undefined;
    const previous = governing?.norm ?? '';
    // "accused France", "warning Berlin": objects; "saying Berlin was ...": a clause's subject.
    const verbLike =
      /^\p{Ll}+(?:ed|ing)$/u.test(governing?.text ?? '') &&
      previous !== 'according' &&
      (!SPEECH_VERBS.has(previous) || OBJECT_TAKING.has(previous));
    const aside = previous === '(' || previous === '[';
    // "with Britain ready to put soldiers": the subject of what follows.
    const next = tokens[mention.end];
    const absolute =
      previous === 'with' &&
      (READY.has(next?.norm ?? '') || /^\p{Ll}+ing$/u.test(next?.text ?? ''));
    // "The Government of Sweden presented": the state the government is.
    const governed = previous === 'of' && GOVERNMENTS.has(tokens[before - 1]?.norm ?? '');
    if ((OBJECT_PREPOSITIONS.has(previous) && !absolute && !governed) || aside) {
      mention.object = true;
      mention.governor = 'preposition';
    } else if ((OBJECT_VERBS.has(previous) && !governing?.capitalized) || verbLike) {
      mention.object = true;
      mention.governor = 'verb';
    }
    const prior = mentions[k - 1];
    // "In Moscow, Dmitry Medvedev": a person after a place is no item of its list.
    const person = (m: Mention): boolean => (m.actors[0] ?? '').startsWith('person:');
    if (prior?.object && LIST_JOINERS.has(previous) && person(prior) === person(mention)) {
      const gap = tokens.slice(prior.end, before + 1);
      const after = tokens[mention.end]?.norm ?? '';
      // "France, Britain and Germany" is a list; "Ukraine, Foreign Minister X said" is not, nor
      // "missiles hit Kyiv, and Poland said".
      const listed =
        gap.every((t) => LIST_JOINERS.has(t.norm)) &&
        (gap.some((t) => t.norm !== ',') || LIST_JOINERS.has(after)) &&
        !(gap[0]?.norm === ',' && gap.length > 1 && SPEECH_VERBS.has(after));
      if (listed) {
        mention.object = true;
        mention.governor = prior.governor;
      }
    }
  }
}
