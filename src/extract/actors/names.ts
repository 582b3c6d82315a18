// Person names after a title: a gazetteer name or alias, a surname that points
// back to someone already named (or that only one office holder bears), or a
// run of capitalised words that names someone the gazetteer does not know.
import { rolesAt } from './actorInfo';
import type { ArticleContext } from './articleContext';
import type { Token } from '../text/tokens';
import { surnameOf } from '../knowledgeBase';
import { foldText } from '../text/fold';
import { slugify } from '../slug';
import { COMMON_WORD_SURNAMES, NAME_PARTICLES, PARTY_WORDS } from '../lexicon/words';

export interface NameMatch {
  /** Token index after the name. */
  end: number;
  person: string;
  label: string;
  /** In the gazetteer. */
  known: boolean;
}

const NOT_NAMES = new Set(
  `the a an on in at but and as if this that these those he she it we they i his her their our
  mr mrs ms dr sir monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december said says told
  according earlier later meanwhile however also both while after before during since when
  once although though because unless until whether with without for from by under amid despite
  what which who how why where`
    .trim()
    .split(/\s+/),
);
const WORD = /^\p{L}[\p{L}\p{M}'’.]*$/u;
/** Words of an institution's name, never of a person's (a party's words may be either). */
const INSTITUTION_WORDS = new Set([
  'affairs',
  'committee',
  'institute',
  'ministry',
  'embassy',
  'office',
]);

/** The folded surname a later mention of this person would use. */
export function surnameKey(name: string): string {
  return foldText(surnameOf(name));
}

/**
 * Picks among people sharing a surname: one named earlier, else the one named
 * in full elsewhere in the article (a headline comes before the full name),
 * else one holding `role`, else the only one, unless the word is also a common
 * word ("May") that no full name in the article explains.
 */
export function resolveSurname(
  ids: readonly string[],
  norm: string,
  ctx: ArticleContext,
  role: string,
): string | undefined {
  const earlier = ctx.bySurname(norm) ?? ctx.namedInArticle(norm);
  if (earlier) return earlier;
  if (role) {
    const holders = ids.filter((id) =>
      rolesAt(ctx.kb, id, ctx.date).some((span) => span.role === role),
    );
    if (holders.length === 1) return holders[0];
  }
  return ids.length === 1 && !COMMON_WORD_SURNAMES.has(norm) ? ids[0] : undefined;
}

/** A run of capitalised words naming someone unknown to the gazetteer (two words at least). */
export function unknownNameAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): number | undefined {
  let i = at;
  let words = 0;
  let last = -1;
  while (i < end && words < 5) {
    const token = tokens[i];
    if (!token) break;
    // "Minister for Foreign Affairs Elina Valtonen", "the Global Affairs Institute": an
    // institution's word ends a run of capitals; a name starts after it, if at all.
    if (INSTITUTION_WORDS.has(token.norm)) break;
    if (token.capitalized && WORD.test(token.text) && !NOT_NAMES.has(token.norm)) {
      const known = ctx.kb.names.longestAt(tokens, i, end);
      if (known && known.values.some((ref) => ref.kind !== 'person' && ref.kind !== 'surname'))
        break;
      words++;
      last = i;
      i++;
    } else if (
      words > 0 &&
      token.text === '-' &&
      tokens[i + 1]?.capitalized &&
      tokens[i + 1]?.start === token.end
    ) {
      i++;
    } else if (
      // "Chang Ho-jin", "Park Chan-dae": a given name's second syllable.
      words > 0 &&
      token.text === '-' &&
      token.start === tokens[i - 1]?.end &&
      tokens[i + 1]?.start === token.end &&
      /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '')
    ) {
      last = i + 1;
      i += 2;
    } else if (words > 0 && NAME_PARTICLES.has(token.text)) {
      // "de la Fuente", "van der Leyen": one or two particles before the rest of the name.
      const rest = NAME_PARTICLES.has(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
      if (!tokens[rest]?.capitalized) break;
      i = rest;
    } else break;
  }
  return words < 2 ? undefined : last + 1;
}

/** Ranks and honorifics that may precede a name. */
const RANKS = new Set(
  `gen general lt col colonel adm admiral maj major brig brigadier marshal cmdr commander
  capt captain sgt dr prof professor sir dame mr mrs ms`
    .trim()
    .split(/\s+/),
);

/** Where a name at `at` starts with the rank before it ("Dr Majed Al-Ansari", "Gen. Andrus Merilo"). */
export function rankStart(tokens: readonly Token[], at: number): number {
  const dot = tokens[at - 1]?.text === '.' ? 1 : 0;
  return RANKS.has(tokens[at - 1 - dot]?.norm ?? '') && tokens[at - 1 - dot]?.capitalized
    ? at - 1 - dot
    : at;
}

/**
 * True when token `at` goes on with a name: a capitalised word that names
 * nothing else ("Martin Helme" is not Micheál Martin).
 */
export function continuesName(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): boolean {
  const token = tokens[at];
  if (at >= end || !token?.capitalized || !WORD.test(token.text) || NOT_NAMES.has(token.norm))
    return false;
  const known = ctx.kb.names.longestAt(tokens, at, end);
  return !known || known.values.every((ref) => ref.kind === 'person' || ref.kind === 'surname');
}

/** The given name of a full name, folded ("keir"), '' for a single word. */
export function givenKey(name: string): string {
  const words = name.split(/\s+/);
  return words.length > 1 ? foldText(words[0] ?? '') : '';
}

/** The name as written between two token indices, with single spaces. */
export function nameLabel(tokens: readonly Token[], from: number, to: number): string {
  const words = tokens.slice(from, to);
  return words.map((t, k) => (k > 0 && words[k - 1]?.end !== t.start ? ' ' : '') + t.text).join('');
}

/** A person name starting at `tokens[at]` (also after an appositive comma). */
export function nameAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
  role: string,
): NameMatch | undefined {
  const appositive = tokens[at]?.text === ',';
  const from = appositive ? at + 1 : at;
  const match = directNameAt(tokens, from, end, ctx, role);
  if (!match) return undefined;
  if (appositive) {
    const after = tokens[match.end]?.text;
    if (after !== ',' && after !== '.' && match.end < end) return undefined;
  }
  return match;
}

function directNameAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
  role: string,
): NameMatch | undefined {
  const token = tokens[at];
  if (!token?.capitalized) return undefined;
  // "Gen. Andrus Merilo", "General Carsten Breuer": the rank is not part of the name.
  if (RANKS.has(token.norm) && tokens[at + 1]) {
    const next = tokens[at + 1]?.text === '.' ? at + 2 : at + 1;
    if (tokens[next]?.capitalized) return directNameAt(tokens, next, end, ctx, role);
  }
  const match = ctx.kb.names.longestAt(tokens, at, end);
  const person = match?.values.find((ref) => ref.kind === 'person');
  if (match && person?.kind === 'person') {
    return { end: at + match.length, person: person.id, label: '', known: true };
  }
  const surname = match?.values.find((ref) => ref.kind === 'surname');
  if (match && surname?.kind === 'surname' && !continuesName(tokens, at + match.length, end, ctx)) {
    const norm = tokens
      .slice(at, at + match.length)
      .map((t) => t.norm)
      .join(' ');
    const id = resolveSurname(surname.ids, norm, ctx, role);
    if (id) return { end: at + match.length, person: id, label: '', known: true };
  }
  const local = ctx.bySurname(token.norm);
  if (local && !ctx.kb.people.has(local))
    return { end: at + 1, person: local, label: '', known: false };
  const stop = unknownNameAt(tokens, at, end, ctx);
  // "the leader of the opposition Christian Democrats": a party, not a person.
  if (stop === undefined || PARTY_WORDS.has(tokens[stop - 1]?.norm ?? '')) return undefined;
  const label = nameLabel(tokens, at, stop);
  return { end: stop, person: `person:${slugify(label)}`, label, known: false };
}

/** Notes every gazetteer person named in full in the article, so a surname before the full name resolves. */
export function noteFullNames(tokens: readonly Token[], ctx: ArticleContext): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.capitalized || !ctx.kb.names.starts(token.norm)) continue;
    const match = ctx.kb.names.longestAt(tokens, i);
    if (!match) continue;
    const person = match.length > 1 ? match.values.find((ref) => ref.kind === 'person') : undefined;
    if (person?.kind === 'person') {
      const label = ctx.kb.people.get(person.id)?.name ?? '';
      ctx.noteFullName(person.id, surnameKey(label));
    }
    i += match.length - 1;
  }
}
