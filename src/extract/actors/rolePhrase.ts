// Role phrases name a person by office: "French President Emmanuel Macron",
// "UK Defense Secretary David Laming", "Prime Minister Ulf Kristersson of
// Sweden", "the French leader", "Russia's top diplomat". With a name, the name
// decides (a person the gazetteer lacks gets an id from it); without one, the
// office holder at the article's date does.
import type { NameRef } from '../knowledgeBase';
import type { RoleKey } from '../knowledge/roles';
import type { Token } from '../text/tokens';
import { PREDICATE_WORDS, US_STATES, US_STATE_PHRASES } from '../lexicon/words';
import type { ArticleContext } from './articleContext';
import { holderAt, soleHolderAt } from './actorInfo';
import { nameAt, type NameMatch } from './names';

export interface RolePhrase {
  /** Token index after the phrase. */
  end: number;
  person: string | undefined;
  role: RoleKey | '';
  country: string;
  org: string;
  /** The name the phrase carried, if any (else the office alone resolved it). */
  name: NameMatch | undefined;
}

type TitleRef = Extract<NameRef, { kind: 'title' }>;

const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her']);
const INDEFINITE = new Set(['a', 'an']);
/** Roles whose title may say where the holder is sent ("ambassador to NATO"). */
const SENT = new Set<RoleKey>(['envoy', 'un-ambassador']);
const FORMER: Readonly<Partial<Record<RoleKey, RoleKey>>> = {
  'head-of-state': 'former-head-of-state',
  'head-of-government': 'former-head-of-government',
};
const ORG_TITLES: Readonly<Partial<Record<RoleKey, RoleKey>>> = {
  'head-of-state': 'president-of-org',
  'head-of-government': 'president-of-org',
};

function refsOf<K extends NameRef['kind']>(
  refs: readonly NameRef[],
  kind: K,
): Extract<NameRef, { kind: K }>[] {
  return refs.filter((ref): ref is Extract<NameRef, { kind: K }> => ref.kind === kind);
}

/** A place that qualifies a title: country, organisation or US state, and where it ends. */
function qualifierAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): { end: number; country: string; org: string } | undefined {
  const match = ctx.kb.names.longestAt(tokens, at, end);
  if (match) {
    const country = refsOf(match.values, 'country')[0];
    const org = refsOf(match.values, 'org')[0];
    if (country || org)
      return { end: at + match.length, country: country?.code ?? '', org: org?.id ?? '' };
  }
  const token = tokens[at];
  if (!token?.capitalized) return undefined;
  const two = `${token.norm} ${tokens[at + 1]?.norm ?? ''}`;
  if (US_STATE_PHRASES.includes(two)) return { end: at + 2, country: 'US', org: '' };
  if (US_STATES.has(token.norm) && token.norm !== 'washington' && token.norm !== 'georgia') {
    return { end: at + 1, country: 'US', org: '' };
  }
  return undefined;
}

function pickTitle(
  titles: readonly TitleRef[],
  country: string,
  ctx: ArticleContext,
): TitleRef | undefined {
  // A bare "the Chancellor" after Rachel Reeves was named: of titles each tied to its own
  // countries, the one someone named before holds.
  const named =
    country === '' && titles.length > 1 && titles.every((title) => title.countries.length > 0)
      ? titles.find((title) =>
          title.countries.some((code) => ctx.recentWithRole(title.role, code, '') !== undefined),
        )
      : undefined;
  return (
    named ??
    titles.find((title) => country !== '' && title.countries.includes(country)) ??
    titles.find((title) => title.countries.length === 0) ??
    (country === '' ? titles[0] : undefined)
  );
}

function ofPlace(tokens: readonly Token[], at: number, end: number, ctx: ArticleContext) {
  if (tokens[at]?.norm !== 'of') return undefined;
  const from = tokens[at + 1]?.norm === 'the' ? at + 2 : at + 1;
  const place = qualifierAt(tokens, from, end, ctx);
  return place && (place.country || place.org) ? place : undefined;
}

interface TitleHead {
  former: boolean;
  qualifier: { end: number; country: string; org: string } | undefined;
  /** Token index after the title. */
  end: number;
  titles: TitleRef[];
  /** The title names an office the gazetteer cannot list in full ("ambassador"). */
  unlisted: boolean;
}

/** The country a person named in a role phrase speaks for: the qualifier's, else its national body's. */
export function phraseCountry(phrase: RolePhrase, ctx: ArticleContext): string {
  return phrase.country || (phrase.org ? (ctx.kb.orgs.get(phrase.org)?.country ?? '') : '');
}

/** Optional "former", optional qualifier ("French", "Russia's"), then a title. */
function titleHead(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
): TitleHead | undefined {
  let i = at;
  let former = false;
  if (tokens[i]?.norm === 'former' || (tokens[i]?.norm === 'ex' && tokens[i + 1]?.norm === '-')) {
    former = true;
    i += tokens[i]?.norm === 'ex' ? 2 : 1;
  }
  let qualifier = qualifierAt(tokens, i, end, ctx);
  let titleAt = i;
  if (qualifier) {
    titleAt = tokens[qualifier.end]?.norm === "'s" ? qualifier.end + 1 : qualifier.end;
    if (tokens[titleAt]?.norm === 'former') {
      former = true;
      titleAt++;
    }
  }
  let match = ctx.kb.names.longestAt(tokens, titleAt, end);
  // "Pentagon chief" is a title in itself, not "Pentagon" qualifying a title.
  if (qualifier && (!match || refsOf(match.values, 'title').length === 0)) {
    qualifier = undefined;
    titleAt = i;
    match = ctx.kb.names.longestAt(tokens, titleAt, end);
  }
  const titles = match ? refsOf(match.values, 'title') : [];
  if (!match || titles.length === 0) return undefined;
  const words = tokens.slice(titleAt, titleAt + match.length).map((t) => t.norm);
  return {
    former,
    qualifier,
    end: titleAt + match.length,
    titles,
    unlisted: words.includes('ambassador'),
  };
}

/** The determiner before a role phrase starting at `at` ("the", "his own"), and the token before it. */
function determinerBefore(tokens: readonly Token[], at: number): { word: string; before: number } {
  let k = at - 1;
  if (tokens[k]?.norm === 'own') k--;
  const word = tokens[k]?.norm ?? '';
  return DETERMINERS.has(word) ? { word, before: k - 1 } : { word: '', before: at - 1 };
}

/**
 * Parses a role phrase starting at `tokens[at]`, if there is one. With
 * `describing` ("Bosak, a deputy speaker of the Sejm"), the phrase only
 * describes someone: no office holder is looked up.
 */
export function rolePhraseAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
  describing = false,
): RolePhrase | undefined {
  const first = tokens[at];
  // Most words start no name, title or place: skip them before any parsing.
  if (
    !first ||
    (!ctx.kb.names.starts(first.norm) &&
      !first.capitalized &&
      first.norm !== 'former' &&
      first.norm !== 'ex')
  ) {
    return undefined;
  }
  const head = titleHead(tokens, at, end, ctx);
  if (!head) return undefined;
  let country = head.qualifier?.country ?? '';
  let org = head.qualifier?.org ?? '';
  let next = head.end;
  // "ambassador to NATO", "ambassador in Berlin": where an envoy is sent is not whom they speak for.
  if (
    (tokens[next]?.norm === 'to' || tokens[next]?.norm === 'in') &&
    head.titles.some((t) => SENT.has(t.role))
  ) {
    const place = qualifierAt(
      tokens,
      tokens[next + 1]?.norm === 'the' ? next + 2 : next + 1,
      end,
      ctx,
    );
    if (place) next = place.end;
  }
  const of = !head.qualifier ? ofPlace(tokens, next, end, ctx) : undefined;
  if (of) {
    country = of.country;
    org = of.org;
    next = of.end;
  }
  const title = pickTitle(head.titles, country, ctx);
  if (!title) return undefined;
  let role: RoleKey | '' = title.role;
  if (org) role = ORG_TITLES[title.role] ?? title.role;
  if (head.former) role = FORMER[title.role] ?? '';
  const named = nameAt(tokens, next, end, ctx, role);
  if (named) {
    let stop = named.end;
    const place = ofPlace(tokens, stop, end, ctx);
    if (place && !country && !org) {
      country = place.country;
      org = place.org;
      stop = place.end;
    }
    return { end: stop, person: named.person, role, country, org, name: named };
  }
  if (describing)
    return role ? { end: next, person: undefined, role, country, org, name: undefined } : undefined;
  const determiner = determinerBefore(tokens, at);
  if ((!determiner.word && !head.qualifier) || !role) return undefined;
  // "to become German chancellor", "as prime minister": an office, not its holder.
  if (PREDICATE_WORDS.has(tokens[determiner.before]?.norm ?? '')) return undefined;
  // "his foreign minister": the office of the country the person speaks for.
  if (
    !country &&
    !org &&
    POSSESSIVE_DETERMINERS.has(determiner.word) &&
    title.countries.length === 0
  )
    country = ctx.countryOf(ctx.salientPerson ?? '');
  const countries =
    country || org ? [country] : title.countries.length > 0 ? title.countries : [''];
  // "a Pentagon spokesman": one of several, not the office's named holder.
  const indefinite = INDEFINITE.has(tokens[at - 1]?.norm ?? '') && role === 'spokesperson';
  if (indefinite) return { end: next, person: undefined, role, country, org, name: undefined };
  // "The Federal Chancellor" in an Austrian story: someone named before, of any country the
  // title fits, comes before any office-holder the gazetteer knows.
  let person: string | undefined;
  for (const code of countries) person ??= ctx.recentWithRole(role, code, org);
  for (const code of countries)
    person ??=
      (code || org) && !head.unlisted
        ? holderAt(ctx.kb, role, { country: code, org }, ctx.date)
        : undefined;
  // "the Liberal Democrat leader": a party's leader, not the head of a body.
  if (!person && org && role === 'president-of-org') {
    const leader =
      ctx.recentWithRole('party-leader', '', org) ??
      holderAt(ctx.kb, 'party-leader', { country: '', org }, ctx.date);
    if (leader)
      return { end: next, person: leader, role: 'party-leader', country, org, name: undefined };
  }
  if (!head.unlisted) person ??= soleHolderAt(ctx.kb, role, ctx.date);
  return { end: next, person, role, country, org, name: undefined };
}
