import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/view/links';

describe('safeHttpUrl(url)', () => {
  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x ', 'https://example.org/x'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['//example.org/relative', null],
    ['/local/path', null],
    ['ftp://example.org', null],
    ['', null],
    ['not a url', null],
  ])('%j → %j', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});
