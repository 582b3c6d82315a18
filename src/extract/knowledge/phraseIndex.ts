// A token trie over known phrases (names, aliases, role titles), built once, so
// finding every gazetteer mention in a sentence costs one walk per token. Case
// matters where the phrase says so: "US" matches only upper case, "Britain"
// only capitalised, "coalition of the willing" any case.
import type { Token } from '../text/tokens';

export type Shape = 'upper' | 'capitalized' | 'any';

interface Entry<T> {
  value: T;
  shapes: Shape[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: Entry<T>[];
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  values: T[];
}

const HAS_LETTER = /\p{L}/u;

export function shapeOf(text: string): Shape {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && text === text.toUpperCase() && HAS_LETTER.test(text)) return 'upper';
  if (/^\p{Lu}/u.test(text)) return 'capitalized';
  return 'any';
}

function fits(shape: Shape, token: Token): boolean {
  if (shape === 'any') return true;
  if (shape === 'capitalized') return token.capitalized;
  return token.capitalized && token.text === token.text.toUpperCase();
}

export class PhraseIndex<T> {
  private readonly root = new Map<string, TrieNode<T>>();

  /** Adds a phrase given as its tokens (folded form and written form). */
  add(norms: readonly string[], written: readonly string[], value: T): void {
    if (norms.length === 0) return;
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (const norm of norms) {
      node = level.get(norm);
      if (!node) {
        node = { next: new Map(), entries: [] };
        level.set(norm, node);
      }
      level = node.next;
    }
    node?.entries.push({ value, shapes: written.map(shapeOf) });
  }

  /** True when some phrase starts with the folded word `norm`. */
  starts(norm: string): boolean {
    return this.root.has(norm);
  }

  /** The longest phrase starting at `tokens[at]` whose case fits, if any. */
  longestAt(tokens: readonly Token[], at: number, end = tokens.length): PhraseMatch<T> | undefined {
    let level = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = at; i < end; i++) {
      const token = tokens[i];
      const node = token ? level.get(token.norm) : undefined;
      if (!node) break;
      const length = i - at + 1;
      const values = node.entries
        .filter((entry) => entry.shapes.every((shape, k) => fits(shape, tokens[at + k] as Token)))
        .map((entry) => entry.value);
      if (values.length > 0) best = { length, values };
      level = node.next;
    }
    return best;
  }
}
