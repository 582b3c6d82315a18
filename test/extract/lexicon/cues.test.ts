import { describe, expect, it } from 'vitest';
import { CUE_INDEX, CUES, cueExpression } from '../../../src/extract/lexicon/cues';
import { literalPrefixes } from '../../../src/extract/lexicon/prefixes';
import { foldText } from '../../../src/extract/text/fold';
import { tokenize } from '../../../src/extract/text/tokens';

const TEXT = [
  'The Kremlin warned against any deployment and said it would view such troops as legitimate targets.',
  'Germany does not rule out joining, is "very sceptical" about it, and has yet to decide; it is open to talks.',
  'A U.S.-backed truce, proposed by France and led by Britain, was rejected by Moscow, which poured cold water on it.',
  'Italy refused to rule out sending troops, while Spain has no plans to, saying it is not on the cards.',
  'Poland stands ready to send troops and pledged more weapons; Hungary vowed to veto the €800 billion plan.',
  'It would only be possible after a ceasefire, too early to commit, depending on what the coalition decides.',
  'Russia has no veto over this. There is no role for NATO. Such a step would mean war and lead to escalation.',
  'Critics accused Paris of escalating the war; the plan was criticised by Rome and backed by Berlin.',
  'Officials say support for Ukraine did not include sending troops, but might involve trainers being deployed.',
].join(' ');

describe('literalPrefixes(source)', () => {
  it.each([
    ['never', ['never']],
    ['(?:is|are) open', ['is open', 'are open']],
    ['(?:in )?talks?', ['talk', 'talks', 'in talk', 'in talks']],
    ['-(?:backed|led)', ['-backed', '-led']],
    ['(?<!no )support', ['support']],
    ['reject(?:s|ed)?', ['reject', 'rejects', 'rejected']],
    ['["\u201c]?wary', ['wary', '"wary', '\u201cwary']],
  ])('%j starts with one of %j', (source, expected) => {
    expect(literalPrefixes(source).sort()).toEqual([...expected].sort());
  });

  it('stops a prefix at what it cannot read plainly', () => {
    expect(literalPrefixes('\\w+ ready')).toEqual(['']);
    expect(literalPrefixes('no (?:\\w+ )?plans')).toEqual(['no ']);
  });

  it('keeps prefixes true when there would be too many', () => {
    const source = `(?:${Array.from({ length: 100 }, (_, k) => `word${k}`).join('|')}) x`;
    const prefixes = literalPrefixes(source);
    expect(prefixes.length).toBeLessThanOrEqual(64);
    expect(
      prefixes.every((prefix) => 'word42 x'.startsWith(prefix) || !prefix.startsWith('word4')),
    ).toBe(true);
  });
});

describe('CUE_INDEX', () => {
  it('finds at every token exactly what the whole lexicon finds', () => {
    const folded = foldText(TEXT);
    const whole = cueExpression(CUES);
    let found = 0;
    for (const token of tokenize(TEXT, folded)) {
      whole.lastIndex = token.start;
      const expected = whole.exec(folded);
      const matcher = CUE_INDEX.matcherAt(folded, token.start);
      let actual: RegExpExecArray | null = null;
      if (matcher) {
        matcher.pattern.lastIndex = token.start;
        actual = matcher.pattern.exec(folded);
      }
      expect(actual?.[0]).toBe(expected?.[0]);
      if (expected && actual) {
        const entryOf = (match: RegExpExecArray, entries: typeof CUES): unknown =>
          entries[match.findIndex((value, k) => k > 0 && value !== undefined) - 1];
        expect(entryOf(actual, matcher?.entries ?? [])).toBe(entryOf(expected, CUES));
        found++;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
