import { describe, expect, it } from 'vitest';
import { hasForbiddenKey, urlProblem } from '../../src/io/graphRules';

describe('urlProblem(value)', () => {
  const cases: [string, string | undefined][] = [
    ['', undefined],
    ['https://example.org/a?b=1', undefined],
    ['HTTP://EXAMPLE.ORG', undefined],
    [' https://example.org', undefined],
    ['http:example.org', undefined],
    ['https://', 'not a URL: write the full address (https://...) or nothing'],
    ['example.org/a', 'not a URL: write the full address (https://...) or nothing'],
    ['javascript:alert(1)', 'only http and https links are accepted'],
    ['ftp://example.org', 'only http and https links are accepted'],
    ['data:text/html,<b>', 'only http and https links are accepted'],
  ];
  it.each(cases)('%j → %j', (value, expected) => {
    expect(urlProblem(value)).toBe(expected);
  });
});

describe('hasForbiddenKey(object)', () => {
  it('finds __proto__, constructor and prototype as own keys, as JSON.parse makes them', () => {
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      expect(hasForbiddenKey(JSON.parse(`{"a":1,"${name}":{}}`) as object)).toBe(true);
    }
    expect(hasForbiddenKey({ a: 1, proto: 2 })).toBe(false);
    expect(hasForbiddenKey(JSON.parse('{}') as object)).toBe(false);
  });
});
