// The stance cue lexicon, in matching order, compiled into one expression.
// Patterns run on folded text (lower case, no diacritics, straight
// apostrophes) and cover general news phrasing only.
import { CONDITIONAL_CUES } from './conditionalCues';
import { firstChars } from './firstChars';
import type { CueEntry } from './cueEntry';
import { FRAMING_CUES } from './framingCues';
import { JUDGEMENT_CUES } from './judgementCues';
import { OPPOSE_CUES } from './opposeCues';
import { SUPPORT_CUES } from './supportCues';

export type { CueDirection, CueEntry, CueStance } from './cueEntry';

export const CUES: readonly CueEntry[] = [
  ...FRAMING_CUES,
  ...JUDGEMENT_CUES,
  ...CONDITIONAL_CUES,
  ...OPPOSE_CUES,
  ...SUPPORT_CUES,
];

/** One sticky expression trying `entries` in order; group i + 1 is entries[i]. */
export function cueExpression(entries: readonly CueEntry[]): RegExp {
  const source = entries.map(
    (cue) => `(${cue.pattern.startsWith('-') ? '' : '\\b'}(?:${cue.pattern})\\b)`,
  );
  return new RegExp(source.join('|'), 'y');
}

/** The cues that can start with one character, and their expression. */
export interface CueBucket {
  entries: readonly CueEntry[];
  pattern: RegExp;
}

function buckets(): ReadonlyMap<string, CueBucket> {
  const starts = CUES.map((cue) => firstChars(cue.pattern));
  const chars = new Set(starts.flatMap((first) => (first === 'any' ? [] : [...first])));
  const result = new Map<string, CueBucket>();
  for (const char of chars) {
    const entries = CUES.filter((_, i) => {
      const first = starts[i];
      return first === 'any' || (first !== undefined && first.has(char));
    });
    result.set(char, { entries, pattern: cueExpression(entries) });
  }
  return result;
}

/** Cues grouped by first character, compiled once: only a token's own group is tried there. */
export const CUE_BUCKETS = buckets();
