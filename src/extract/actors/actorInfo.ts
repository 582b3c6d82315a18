// What the extractor knows about an actor at an article's date: its label, kind,
// the country it speaks for and its role. Gazetteer people take their role and
// country from roles.csv at that date; people found only through a role phrase
// take them from the phrase.
import type { KnowledgeBase } from '../knowledgeBase';
import { ROLE_KEYS, spanCovers, type RoleKey, type RoleSpan } from '../knowledge/roles';

export interface ActorInfo {
  id: string;
  label: string;
  kind: 'country' | 'person' | 'org';
  /** ISO code the actor speaks for at the date, '' when none. */
  country: string;
  /** Role key at the date, '' when unknown. */
  role: string;
}

const precedence = (role: RoleKey): number => ROLE_KEYS.indexOf(role);

/** The roles `person` holds at `date`, most important first. */
export function rolesAt(kb: KnowledgeBase, person: string, date: string): RoleSpan[] {
  return (kb.rolesByPerson.get(person) ?? [])
    .filter((span) => spanCovers(span, date))
    .sort((a, b) => precedence(a.role) - precedence(b.role));
}

/** The person holding `role` for `country` (or `org`) at `date`, if the gazetteer knows one. */
export function holderAt(
  kb: KnowledgeBase,
  role: RoleKey,
  where: { country?: string; org?: string },
  date: string,
): string | undefined {
  const holders = kb.roleSpans
    .filter(
      (span) =>
        span.role === role &&
        spanCovers(span, date) &&
        (where.org ? span.org === where.org : span.country === (where.country ?? '')),
    )
    .map((span) => span.person)
    .sort();
  return holders[0];
}

/** The only person holding `role` anywhere at `date`, if exactly one does. */
export function soleHolderAt(kb: KnowledgeBase, role: RoleKey, date: string): string | undefined {
  const holders = new Set(
    kb.roleSpans
      .filter((span) => span.role === role && spanCovers(span, date))
      .map((span) => span.person),
  );
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** The ActorInfo of a gazetteer actor at `date`; undefined for an unknown id. */
export function knownActor(kb: KnowledgeBase, id: string, date: string): ActorInfo | undefined {
  if (id.startsWith('country:')) {
    const code = id.slice('country:'.length);
    const name = kb.countryNames.get(code);
    return name === undefined
      ? undefined
      : { id, label: name, kind: 'country', country: code, role: '' };
  }
  if (id.startsWith('org:')) {
    const org = kb.orgs.get(id);
    return org && { id, label: org.name, kind: 'org', country: org.country, role: '' };
  }
  const person = kb.people.get(id);
  if (!person) return undefined;
  const [top] = rolesAt(kb, id, date);
  // An office in a national body (a parliament, a party) speaks for that body's country.
  const officeCountry = top
    ? top.country || (top.org ? (kb.orgs.get(top.org)?.country ?? '') : '')
    : person.country;
  return {
    id,
    label: person.name,
    kind: 'person',
    country: officeCountry,
    role: top ? top.role : '',
  };
}
