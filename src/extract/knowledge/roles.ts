// The closed vocabulary of roles a person can hold, in order of precedence:
// when a person holds several roles at once, the first listed is the one shown.

export const ROLE_KEYS = [
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'defence-minister',
  'secretary-general',
  'president-of-org',
  'foreign-policy-chief',
  'deputy-head-of-government',
  'deputy-foreign-minister',
  'deputy-chair-security-council',
  'spokesperson',
  'chief-of-staff',
  'military-chief',
  'security-adviser',
  'envoy',
  'un-ambassador',
  'speaker',
  'minister',
  'party-leader',
  'legislator',
  'former-head-of-state',
  'former-head-of-government',
] as const;

export type RoleKey = (typeof ROLE_KEYS)[number];

export function isRoleKey(value: string): value is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(value);
}

/** A person holding a role for a country or an organisation over a period. */
export interface RoleSpan {
  person: string;
  role: RoleKey;
  /** ISO code, '' for an organisation's office. */
  country: string;
  /** org id, '' for a national office. */
  org: string;
  /** YYYY-MM-DD, '' = since always. */
  start: string;
  /** YYYY-MM-DD exclusive, '' = ongoing. */
  end: string;
}

/** True when the span covers `date` (YYYY-MM-DD). */
export function spanCovers(span: RoleSpan, date: string): boolean {
  return (span.start === '' || span.start <= date) && (span.end === '' || date < span.end);
}
