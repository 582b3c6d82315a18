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
  /** Indices of the cues one of whose prefixes ends here or above. */
  path: number[];
  /** The expression of the `path` cues, compiled when first needed. */
  matcher?: CueMatcher | null;
}

/**
 * The lexicon indexed by the literal text its cues start with: at a place in
 * a text, only the cues whose prefix is there are tried, in lexicon order, so
 * the match is the one the whole lexicon would give. The cues tried depend
 * only on the deepest prefix node reached, which keeps their expression.
 */
export class CueIndex {
  private readonly root: PrefixNode = { next: new Map(), path: [] };
  private readonly matchers = new Map<string, CueMatcher>();

  constructor(private readonly cues: readonly CueEntry[]) {
    const ends = new Map<PrefixNode, number[]>();
    cues.forEach((cue, k) => {
      for (const prefix of literalPrefixes(cue.pattern)) {
        let node = this.root;
        for (const char of prefix) {
          let child = node.next.get(char);
          if (!child) {
            child = { next: new Map(), path: [] };
            node.next.set(char, child);
          }
          node = child;
        }
        ends.set(node, [...(ends.get(node) ?? []), k]);
      }
    });
    const fill = (node: PrefixNode, above: readonly number[]): void => {
      node.path = [...new Set([...above, ...(ends.get(node) ?? [])])].sort((a, b) => a - b);
      for (const child of node.next.values()) fill(child, node.path);
    };
    fill(this.root, []);
  }

  /** The cues that may match at offset `at` of `folded` text, or undefined if none may. */
  matcherAt(folded: string, at: number): CueMatcher | undefined {
    let node = this.root;
    for (let i = at; i < folded.length; i++) {
      const child = node.next.get(folded[i] ?? '');
      if (!child) break;
      node = child;
    }
    if (node.matcher === undefined) node.matcher = this.compile(node.path);
    return node.matcher ?? undefined;
  }

  private compile(indices: readonly number[]): CueMatcher | null {
    if (indices.length === 0) return null;
    const key = indices.join(',');
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
