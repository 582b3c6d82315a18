// Role phrases name a person by office: "French President Emmanuel Macron",
// "UK Defense Secretary David Laming", "Prime Minister Ulf Kristersson of
// Sweden", "the French leader", "Russia's top diplomat". With a name, the name
// decides (a person the gazetteer lacks gets an id from it); without one, the
// office holder at the article's date does.
import type { NameRef } from '../knowledgeBase';
import type { RoleKey } from '../knowledge/roles';
import type { Token } from '../text/tokens';
import { US_STATES, US_STATE_PHRASES } from '../lexicon/words';
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

function pickTitle(titles: readonly TitleRef[], country: string): TitleRef | undefined {
  return (
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

/** Parses a role phrase starting at `tokens[at]`, if there is one. */
export function rolePhraseAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  ctx: ArticleContext,
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
  let i = at;
  let former = false;
  if (tokens[i]?.norm === 'former' || (tokens[i]?.norm === 'ex' && tokens[i + 1]?.norm === '-')) {
    former = true;
    i += tokens[i]?.norm === 'ex' ? 2 : 1;
  }
  let country = '';
  let org = '';
  const qualifier = qualifierAt(tokens, i, end, ctx);
  let titleAt = i;
  if (qualifier) {
    titleAt = tokens[qualifier.end]?.norm === "'s" ? qualifier.end + 1 : qualifier.end;
    if (tokens[titleAt]?.norm === 'former') {
      former = true;
      titleAt++;
    }
  }
  const titleMatch = ctx.kb.names.longestAt(tokens, titleAt, end);
  const titles = titleMatch ? refsOf(titleMatch.values, 'title') : [];
  if (!titleMatch || titles.length === 0) return undefined;
  if (qualifier) {
    country = qualifier.country;
    org = qualifier.org;
  }
  let next = titleAt + titleMatch.length;
  const of = !qualifier ? ofPlace(tokens, next, end, ctx) : undefined;
  if (of) {
    country = of.country;
    org = of.org;
    next = of.end;
  }
  const title = pickTitle(titles, country);
  if (!title) return undefined;
  let role: RoleKey | '' = title.role;
  if (org) role = ORG_TITLES[title.role] ?? title.role;
  if (former) role = FORMER[title.role] ?? '';
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
  const determined = DETERMINERS.has(tokens[at - 1]?.norm ?? '') || qualifier !== undefined;
  if (!determined || !role) return undefined;
  const countries =
    country || org ? [country] : title.countries.length > 0 ? title.countries : [''];
  let person: string | undefined;
  for (const code of countries) {
    person ??=
      ctx.recentWithRole(role, code, org) ??
      (code || org ? holderAt(ctx.kb, role, { country: code, org }, ctx.date) : undefined);
  }
  person ??= soleHolderAt(ctx.kb, role, ctx.date);
  return { end: next, person, role, country, org, name: undefined };
}
