// Where a JSON text stops being JSON. JSON.parse says only that it failed, and
// each engine words (or omits) the place differently, so after a failure this
// small scanner walks the text to find the first offending character. It has
// no recursion, so deep nesting cannot overflow the stack.
import { InputError } from './inputError';

// JSON strings may not hold raw control characters.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

/** The end of the token `pattern` matches at `offset`, or -1. */
function tokenEnd(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function skipSpace(text: string, offset: number): number {
  return tokenEnd(SPACE, text, offset);
}

export interface JsonSyntaxProblem {
  offset: number;
  problem: string;
}

function problemAt(text: string, offset: number, expected: string): JsonSyntaxProblem {
  if (offset >= text.length)
    return { offset, problem: `the text ends early: expected ${expected}` };
  const found = text.slice(offset, offset + 12).split(/[\r\n]/)[0] ?? '';
  return { offset, problem: `expected ${expected}, found ${JSON.stringify(found)}` };
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const closers: string[] = [];
  let i = skipSpace(text, 0);
  let expectValue = true;
  /** After `{` or a `,` in an object: a key and a colon come first. */
  const readKey = (): JsonSyntaxProblem | undefined => {
    const end = tokenEnd(STRING, text, i);
    if (end < 0) return problemAt(text, i, 'a property name in double quotes');
    i = skipSpace(text, end);
    if (text[i] !== ':') return problemAt(text, i, "':'");
    i = skipSpace(text, i + 1);
    return undefined;
  };
  for (;;) {
    const char = text[i];
    const closer = closers.at(-1);
    if (expectValue && (char === '{' || char === '[')) {
      const close = char === '{' ? '}' : ']';
      i = skipSpace(text, i + 1);
      if (text[i] === close) {
        i = skipSpace(text, i + 1);
        expectValue = false;
        continue;
      }
      closers.push(close);
      const keyProblem = close === '}' ? readKey() : undefined;
      if (keyProblem) return keyProblem;
    } else if (expectValue) {
      const end = Math.max(...[STRING, NUMBER, LITERAL].map((p) => tokenEnd(p, text, i)));
      if (end < 0) return problemAt(text, i, 'a value');
      i = skipSpace(text, end);
      expectValue = false;
    } else if (closer === undefined) {
      return i === text.length ? undefined : problemAt(text, i, 'the end of the text');
    } else if (char === ',') {
      i = skipSpace(text, i + 1);
      const keyProblem = closer === '}' ? readKey() : undefined;
      if (keyProblem) return keyProblem;
      expectValue = true;
    } else if (char === closer) {
      closers.pop();
      i = skipSpace(text, i + 1);
    } else {
      return problemAt(text, i, `',' or '${closer}'`);
    }
  }
}

/** 1-based line and column of `offset`. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * The InputError for `text` (the contents of `file`) that JSON.parse
 * rejected: the line and column of the first error and what was expected.
 */
export function jsonSyntaxError(text: string, file: string): InputError {
  const found = findJsonSyntaxError(text);
  if (!found) return new InputError({ file }, 'not valid JSON: export the graph again');
  return new InputError(
    { file, ...pointAt(text, found.offset) },
    `not valid JSON: ${found.problem}; fix the text there, or export the graph again`,
  );
}
