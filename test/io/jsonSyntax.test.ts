import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, jsonSyntaxError } from '../../src/io/jsonSyntax';

/** `^` marks where the error is; it is removed from the text. */
const broken: [string, string, RegExp][] = [
  ['a trailing comma in an object', '{"a": 1,^}', /property name/],
  ['a trailing comma in a list', '[1, 2,^]', /expected a value, found "]"/],
  ['a bare word', '{\n  "a": 1,\n  "b": ^nope\n}', /expected a value, found "nope"/],
  ['single quotes', "{^'a': 1}", /property name/],
  ['a missing colon', '{"a" ^1}', /expected ':'/],
  ['a missing comma', '[1 ^2]', /expected ',' or ']'/],
  ['a wrong closer', '{"a": [1^}', /expected ',' or ']', found "}"/],
  ['a raw newline in a string', '[^"a\nb"]', /expected a value/],
  ['a bad escape', '{"a": ^"\\q"}', /expected a value/],
  ['a leading zero', '[0^1]', /expected ',' or ']'/],
  ['text after the value', '{} ^{}', /expected the end of the text/],
  ['an unclosed list', '[[1], [2]^', /ends early: expected ',' or ']'/],
  ['nothing', '^', /ends early: expected a value/],
];

describe('findJsonSyntaxError(text)', () => {
  it.each(broken)('finds %s', (_name, marked, problem) => {
    const text = marked.replace('^', '');
    expect(() => JSON.parse(text)).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found?.offset).toBe(marked.indexOf('^'));
    expect(found?.problem).toMatch(problem);
  });

  it.each([
    ['nested values', '{"a": [1, -2.5e3, true, null, {"b": "\\u00e9\\n"}], "c": {}}'],
    ['spaces everywhere', ' [ { } , [ ] ] \n'],
  ])('accepts %s', (_name, text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it('survives deep nesting', () => {
    const text = '['.repeat(100_000) + '}';
    expect(findJsonSyntaxError(text)?.offset).toBe(100_000);
  });
});

describe('jsonSyntaxError(text, file)', () => {
  it('names the line and column', () => {
    const error = jsonSyntaxError('{\r\n  "a": 1,\r\n  "b": x\r\n}', 'graph.json');
    expect([error.line, error.column]).toEqual([3, 8]);
    expect(error.message).toBe(
      'graph.json, line 3, column 8: not valid JSON: expected a value, found "x"; ' +
        'fix the text there, or export the graph again',
    );
  });
});
