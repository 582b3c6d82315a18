// The literal text a regular expression's match must start with, read from
// its source: "reject(?:s|ed)?" starts with "reject", "(?:no|any) plans?" with
// "no plans" or "any plans". A cue whose prefixes do not start the text at a
// token is not tried there, so most tokens try none. Anything the reader does
// not follow plainly ends the prefix; a source it cannot read at all gets the
// empty prefix (tried everywhere).

interface Reading {
  prefixes: string[];
  /** The whole expression read is literal: what follows extends the prefixes. */
  complete: boolean;
}

/** Past this many alternatives, prefixes stop growing (they stay correct, only shorter). */
const MAX_PREFIXES = 64;
const LITERAL = /[\p{L}\p{N} '’\-"“”,:;]/u;

/** Index of the bracket closing the group opened at `at`. */
function closing(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return source.length;
}

function branches(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * The quantifier at `at`: `maybe` for "?" (the atom is there or not, the
 * reading forks), `stop` for any other (a repeated atom ends the prefix).
 */
function quantifierAt(
  source: string,
  at: number,
): { length: number; kind: 'none' | 'maybe' | 'stop' } {
  const match = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(source.slice(at));
  if (!match) return { length: 0, kind: 'none' };
  return { length: match[0].length, kind: match[0] === '?' ? 'maybe' : 'stop' };
}

/** The characters of a plain class ("[\"“]"), or undefined for anything else. */
function classChars(body: string): string[] | undefined {
  if (body.startsWith('^') || body.includes('\\') || /.-./.test(body)) return undefined;
  const chars = [...body];
  return chars.every((char) => LITERAL.test(char)) ? chars : undefined;
}

function extend(prefixes: readonly string[], tails: readonly string[]): string[] {
  return prefixes.flatMap((prefix) => tails.map((tail) => prefix + tail));
}

/** One atom at `at`: the texts it may match (if plain) and where it ends, quantifier aside. */
function atomAt(
  source: string,
  at: number,
): { reading: Reading | 'empty' | undefined; end: number } {
  const char = source[at] ?? '';
  if (char === '(') {
    const end = closing(source, at) + 1;
    const inner = source.slice(at + 1, end - 1);
    // Lookarounds match no text.
    if (/^\?<?[=!]/.test(inner)) return { reading: 'empty', end };
    return { reading: alternation(inner.startsWith('?:') ? inner.slice(2) : inner), end };
  }
  if (char === '[') {
    let close = at + 1;
    while (close < source.length && (source[close] !== ']' || source[close - 1] === '\\')) close++;
    const chars = classChars(source.slice(at + 1, close));
    return { reading: chars && { prefixes: chars, complete: true }, end: close + 1 };
  }
  if (char === '\\') {
    const next = source[at + 1] ?? '';
    if (next === 'b') return { reading: 'empty', end: at + 2 };
    const plain = !/[wWdDsSpPkuUx0-9]/.test(next);
    return { reading: plain ? { prefixes: [next], complete: true } : undefined, end: at + 2 };
  }
  const plain = LITERAL.test(char);
  return {
    reading: plain ? { prefixes: [char.toLowerCase()], complete: true } : undefined,
    end: at + 1,
  };
}

function sequence(source: string): Reading {
  let prefixes = [''];
  let at = 0;
  while (at < source.length) {
    const { reading, end } = atomAt(source, at);
    if (reading === 'empty') {
      at = end;
      continue;
    }
    const quantifier = quantifierAt(source, end);
    if (!reading || quantifier.kind === 'stop') return { prefixes, complete: false };
    const taken = extend(prefixes, reading.prefixes);
    // "(?:in )?talks?": with and without the optional atom.
    const next = quantifier.kind === 'maybe' ? [...new Set([...prefixes, ...taken])] : taken;
    if (next.length > MAX_PREFIXES) return { prefixes: shortened(next), complete: false };
    if (!reading.complete) return { prefixes: next, complete: false };
    prefixes = next;
    at = end + quantifier.length;
  }
  return { prefixes, complete: true };
}

/** Too many prefixes: cut them shorter until few enough remain (shorter prefixes stay true). */
function shortened(prefixes: readonly string[]): string[] {
  let length = Math.max(...prefixes.map((prefix) => prefix.length));
  let cut = [...prefixes];
  while (cut.length > MAX_PREFIXES && length > 1) {
    length--;
    cut = [...new Set(prefixes.map((prefix) => prefix.slice(0, length)))];
  }
  return cut.length > MAX_PREFIXES ? [''] : cut;
}

function alternation(source: string): Reading {
  const readings = branches(source).map(sequence);
  const prefixes = [...new Set(readings.flatMap((reading) => reading.prefixes))];
  if (prefixes.length > MAX_PREFIXES) return { prefixes: shortened(prefixes), complete: false };
  return { prefixes, complete: readings.every((reading) => reading.complete) };
}

/** The literal texts a match of `source` starts with (one of them); [''] when unknown. */
export function literalPrefixes(source: string): string[] {
  const { prefixes } = alternation(source);
  return prefixes.includes('') ? [''] : prefixes;
}
