// What an article has said so far about its actors: who was named (so a later
// surname or "the prime minister" can point back), who spoke last, and every
// actor's label, country and role at the article's date.
import type { KnowledgeBase } from '../knowledgeBase';
import { knownActor, type ActorInfo } from './actorInfo';

/** Roles whose holders speak for themselves or a party, not for their state. */
const NON_STATE_ROLES = new Set([
  'party-leader',
  'legislator',
  'former-head-of-state',
  'former-head-of-government',
]);

export class ArticleContext {
  /** Every actor met in the article, by id. */
  readonly actors = new Map<string, ActorInfo>();
  /** Folded surname → person id, for people named in full so far. */
  private readonly surnames = new Map<string, string>();
  /** Folded surname → the one gazetteer person named in full anywhere in the article ('' if several). */
  private readonly fullNames = new Map<string, string>();
  /** Folded given name → person id, for people named in full so far ("Sir Keir"). */
  private readonly givenNames = new Map<string, string>();
  /** People in order of mention, most recent last. */
  private readonly people: string[] = [];
  /** How often each person was named. */
  private readonly namings = new Map<string, number>();
  /** People quoted for their expertise (analysts, researchers): they hold no stance. */
  private readonly observers = new Set<string>();
  /** The person a "he" or "she" most likely means. */
  salientPerson: string | undefined;
  /** The country or organisation an "it" most likely means. */
  salientState: string | undefined;

  constructor(
    readonly kb: KnowledgeBase,
    /** The article's publication date, YYYY-MM-DD. */
    readonly date: string,
  ) {}

  /** Registers a gazetteer actor (once) and returns its info. */
  known(id: string): ActorInfo | undefined {
    const existing = this.actors.get(id);
    if (existing) return existing;
    const info = knownActor(this.kb, id, this.date);
    if (info) this.actors.set(id, info);
    return info;
  }

  /** Registers an actor the gazetteer does not know, or adds a missing role. */
  learn(info: ActorInfo): void {
    const existing = this.actors.get(info.id);
    if (!existing) this.actors.set(info.id, info);
    else if (!existing.role && info.role) {
      this.actors.set(info.id, {
        ...existing,
        role: info.role,
        country: existing.country || info.country,
      });
    }
  }

  /** Notes a gazetteer person named in full somewhere in the article (read before the sentences). */
  noteFullName(id: string, surname: string): void {
    const seen = this.fullNames.get(surname);
    this.fullNames.set(surname, seen === undefined || seen === id ? id : '');
  }

  /** The person named in full in the article whose surname this is, if only one is. */
  namedInArticle(surname: string): string | undefined {
    return this.fullNames.get(surname) || undefined;
  }

  /** Notes that a person was named, with the folded surname a later mention may use. */
  notePerson(id: string, surname: string, given = ''): void {
    if (surname) this.surnames.set(surname, id);
    if (given) this.givenNames.set(given, id);
    const at = this.people.lastIndexOf(id);
    if (at !== -1) this.people.splice(at, 1);
    this.people.push(id);
    this.namings.set(id, (this.namings.get(id) ?? 0) + 1);
  }

  /**
   * The two people a "both leaders" points back to: the two named most often so
   * far (not observers), the more recent first among equals.
   */
  leadingPair(): string[] {
    return this.people
      .map((id, recency) => ({ id, recency, namings: this.namings.get(id) ?? 0 }))
      .filter(({ id }) => !this.observers.has(id))
      .sort((a, b) => b.namings - a.namings || b.recency - a.recency)
      .slice(0, 2)
      .map(({ id }) => id);
  }

  /**
   * Gives `country` to every person the gazetteer does not know whom nothing
   * placed ("lawmaker Ralf Stegner"); the gazetteer's own stateless people
   * (a Commission president) stay stateless.
   */
  placeUnplaced(country: string): void {
    for (const [id, info] of this.actors)
      if (info.kind === 'person' && !info.country && !this.kb.people.has(id))
        this.actors.set(id, { ...info, country });
  }

  /** Notes that a person speaks as an observer ("a fellow at RUSI"), not for a state. */
  noteObserver(id: string): void {
    this.observers.add(id);
  }

  isObserver(id: string): boolean {
    return this.observers.has(id);
  }

  bySurname(surname: string): string | undefined {
    return this.surnames.get(surname);
  }

  byGivenName(given: string): string | undefined {
    return this.givenNames.get(given);
  }

  /** The most recently named person who `fits`. */
  recentPerson(fits: (info: ActorInfo) => boolean): string | undefined {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const info = this.actors.get(this.people[i] ?? '');
      if (info && fits(info)) return info.id;
    }
    return undefined;
  }

  /** The most recently named person holding `role` (for `country`/`org` when given). */
  recentWithRole(role: string, country: string, org: string): string | undefined {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const id = this.people[i] ?? '';
      const info = this.actors.get(id);
      if (!info || info.role !== role) continue;
      if (country && info.country !== country) continue;
      if (org && !this.holdsOrgRole(id, org)) continue;
      // "the Kremlin spokesman" is not the foreign ministry's: a national office only.
      if (country && !org && this.holdsOrgRole(id, '', role)) continue;
      return id;
    }
    return undefined;
  }

  /** True when the gazetteer has `person` in `role` (any if '') for `org`, or, with org '', for any organisation. */
  private holdsOrgRole(person: string, org: string, role = ''): boolean {
    return (this.kb.rolesByPerson.get(person) ?? []).some(
      (span) => (role === '' || span.role === role) && (org ? span.org === org : span.org !== ''),
    );
  }

  /**
   * False when `id` speaks for a party or for themselves at the date: a party
   * leader, a legislator, a former leader, or someone whose gazetteer offices
   * all lie at other dates. People of unknown office get the benefit of the doubt.
   */
  holdsStateOffice(id: string): boolean {
    const role = this.actors.get(id)?.role ?? '';
    return role === '' ? !this.kb.rolesByPerson.has(id) : !NON_STATE_ROLES.has(role);
  }

  countryOf(id: string): string {
    if (id.startsWith('country:')) return id.slice('country:'.length);
    return this.actors.get(id)?.country ?? '';
  }

  kindOf(id: string): ActorInfo['kind'] | undefined {
    if (id.startsWith('country:')) return 'country';
    if (id.startsWith('org:')) return 'org';
    if (id.startsWith('person:')) return 'person';
    return undefined;
  }
}
