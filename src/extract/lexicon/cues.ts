// The stance cue lexicon, in matching order, compiled into one expression.
// Patterns run on folded text (lower case, no diacritics, straight
// apostrophes) and cover general news phrasing only.
import { CONDITIONAL_CUES } from './conditionalCues';
import type { CueEntry } from './cueEntry';
import { FRAMING_CUES } from './framingCues';
import { OPPOSE_CUES } from './opposeCues';
import { SUPPORT_CUES } from './supportCues';

export type { CueDirection, CueEntry, CueStance } from './cueEntry';

export const CUES: readonly CueEntry[] = [
  ...FRAMING_CUES,
  ...CONDITIONAL_CUES,
  ...OPPOSE_CUES,
  ...SUPPORT_CUES,
];

/**
 * All cues as one sticky expression, tried at token starts only (every cue
 * starts a word, or with "-" as in "-backed"); group i + 1 is CUES[i].
 */
export const CUE_PATTERN = new RegExp(
  CUES.map((cue) => `(${cue.pattern.startsWith('-') ? '' : '\\b'}(?:${cue.pattern})\\b)`).join('|'),
  'y',
);
