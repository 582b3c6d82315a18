// The characters a regular expression's match can start with, read from its
// source, so cues can be grouped by first letter and only the few that can
// start with a token's letter are tried there. Anything the reader does not
// follow counts as "could start with anything".

export type FirstChars = ReadonlySet<string> | 'any';

interface Reading {
  chars: Set<string> | 'any';
  /** The expression can match the empty string. */
  nullable: boolean;
}

const ANY: Reading = { chars: 'any', nullable: false };

function union(a: Set<string> | 'any', b: Set<string> | 'any'): Set<string> | 'any' {
  if (a === 'any' || b === 'any') return 'any';
  return new Set([...a, ...b]);
}

/** Index of the bracket closing the group or class opened at `at`. */
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

function classChars(body: string): Set<string> | 'any' {
  if (body.startsWith('^')) return 'any';
  const chars = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const char = body[i] ?? '';
    if (char === '\\') {
      const next = body[i + 1] ?? '';
      if (next === 'u') {
        chars.add(String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)));
        i += 5;
      } else if (/[wWdDsSpP]/.test(next)) return 'any';
      else {
        chars.add(next);
        i++;
      }
    } else if (body[i + 1] === '-' && i + 2 < body.length) return 'any';
    else chars.add(char);
  }
  return chars;
}

/** Reads one atom at `at`: its reading and where it ends (quantifier included). */
function atom(source: string, at: number): { reading: Reading; end: number } {
  const char = source[at] ?? '';
  let reading: Reading;
  let end = at + 1;
  if (char === '(') {
    end = closing(source, at) + 1;
    const inner = source.slice(at + 1, end - 1);
    if (/^\?<?[=!]/.test(inner)) return { reading: { chars: new Set(), nullable: true }, end };
    reading = alternation(inner.startsWith('?:') ? inner.slice(2) : inner);
  } else if (char === '[') {
    let close = at + 1;
    while (close < source.length && (source[close] !== ']' || source[close - 1] === '\\')) close++;
    end = close + 1;
    reading = { chars: classChars(source.slice(at + 1, close)), nullable: false };
  } else if (char === '\\') {
    const next = source[at + 1] ?? '';
    end = at + 2;
    if (next === 'b' || next === 'B') return { reading: { chars: new Set(), nullable: true }, end };
    if (next === 'u') {
      end = at + 6;
      reading = {
        chars: new Set([String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16))]),
        nullable: false,
      };
    } else if (/[wWdDsSpPk0-9]/.test(next)) reading = ANY;
    else reading = { chars: new Set([next]), nullable: false };
  } else if (char === '^' || char === '$') {
    return { reading: { chars: new Set(), nullable: true }, end };
  } else if (char === '.') reading = ANY;
  else reading = { chars: new Set([char.toLowerCase()]), nullable: false };
  const quantifier = /^(?:[?*+]|\{(\d*),?\d*\})\??/.exec(source.slice(end));
  if (quantifier) {
    const optional =
      quantifier[0].startsWith('?') || quantifier[0].startsWith('*') || quantifier[1] === '0';
    reading = { chars: reading.chars, nullable: reading.nullable || optional };
    end += quantifier[0].length;
  }
  return { reading, end };
}

function sequence(source: string): Reading {
  let chars: Set<string> | 'any' = new Set();
  let at = 0;
  while (at < source.length) {
    const { reading, end } = atom(source, at);
    chars = union(chars, reading.chars);
    if (!reading.nullable) return { chars, nullable: false };
    at = end;
  }
  return { chars, nullable: true };
}

function alternation(source: string): Reading {
  const branches: string[] = [];
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
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from));
  let chars: Set<string> | 'any' = new Set();
  let nullable = false;
  for (const branch of branches) {
    const reading = sequence(branch);
    chars = union(chars, reading.chars);
    nullable ||= reading.nullable;
  }
  return { chars, nullable };
}

/** The characters a match of `source` can start with; 'any' when that is not plain. */
export function firstChars(source: string): FirstChars {
  const reading = alternation(source);
  return reading.nullable ? 'any' : reading.chars;
}
