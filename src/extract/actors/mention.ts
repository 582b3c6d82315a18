// A mention of an actor (or of something standing for one: a pronoun, a group)
// in a sentence, as token offsets into the article's token list.

export type MentionKind = 'actor' | 'pronoun' | 'group';

export interface Mention {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  kind: MentionKind;
  /** Resolved actor ids; empty for pronouns (resolved later) and groups. */
  actors: string[];
  /** Folded pronoun ("he", "its", "we", "his country"); '' otherwise. */
  pronoun: string;
  /** Followed by "'s". */
  possessive: boolean;
  /** After a preposition or a verb: a place or an object, never a subject. */
  object: boolean;
  /** What made it an object. */
  governor: 'preposition' | 'verb' | '';
  /** Modifies the next noun ("NATO troops", "EU members"): not an actor here. */
  modifier: boolean;
  /** Introduced by a role phrase ("French President ..."), for confidence. */
  viaRole: boolean;
}

export function makeMention(
  partial: Partial<Mention> & Pick<Mention, 'start' | 'end' | 'kind'>,
): Mention {
  return {
    actors: [],
    pronoun: '',
    possessive: false,
    object: false,
    governor: '',
    modifier: false,
    viaRole: false,
    ...partial,
  };
}
