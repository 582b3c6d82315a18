// The stance cue lexicon, in matching order, compiled into one expression.
// Patterns run on folded text (lower case, no diacritics, straight
// apostrophes) and cover general news phrasing only.
import { CONDITIONAL_CUES } from './conditionalCues';
import { literalPrefixes } from './prefixes';
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

/** Cues that may match at one place, and their expression. */
export interface CueMatcher {
  entries: readonly CueEntry[];
  pattern: RegExp;
}

interface PrefixNode {
  next: Map<string, PrefixNode>;
  /** Indices of the cues one of whose prefixes ends here. */
  cues: number[];
}

/**
 * The lexicon indexed by the literal text its cues start with: at a place in
 * a text, only the cues whose prefix is there are tried, in lexicon order, so
 * the match is the one the whole lexicon would give.
 */
export class CueIndex {
  private readonly root: PrefixNode = { next: new Map(), cues: [] };
  private readonly matchers = new Map<string, CueMatcher>();

  constructor(private readonly cues: readonly CueEntry[]) {
    cues.forEach((cue, k) => {
      for (const prefix of literalPrefixes(cue.pattern)) {
        let node = this.root;
        for (const char of prefix) {
          let child = node.next.get(char);
          if (!child) {
            child = { next: new Map(), cues: [] };
            node.next.set(char, child);
          }
          node = child;
        }
        if (!node.cues.includes(k)) node.cues.push(k);
      }
    });
  }

  /** The cues that may match at offset `at` of `folded` text, or undefined if none may. */
  matcherAt(folded: string, at: number): CueMatcher | undefined {
    const found: number[] = [...this.root.cues];
    let node: PrefixNode | undefined = this.root;
    for (let i = at; i < folded.length && node; i++) {
      node = node.next.get(folded[i] ?? '');
      if (node) found.push(...node.cues);
    }
    if (found.length === 0) return undefined;
    const indices = found.length === 1 ? found : [...new Set(found)].sort((a, b) => a - b);
    const key = indices.length === 1 ? String(indices[0]) : indices.join(',');
    let matcher = this.matchers.get(key);
    if (!matcher) {
      const entries = indices.map((k) => this.cues[k] as CueEntry);
      matcher = { entries, pattern: cueExpression(entries) };
      this.matchers.set(key, matcher);
    }
    return matcher;
  }
}

/** The lexicon's index, built once. */
export const CUE_INDEX = new CueIndex(CUES);
