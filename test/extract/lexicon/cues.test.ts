import { describe, expect, it } from 'vitest';
import { CUE_BUCKETS, CUES, cueExpression } from '../../../src/extract/lexicon/cues';
import { firstChars } from '../../../src/extract/lexicon/firstChars';
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

describe('firstChars(source)', () => {
  it.each([
    ['never', ['n']],
    ['(?:is|are) open', ['a', 'i']],
    ['(?:in )?talks?', ['i', 't']],
    ['-(?:backed|led)', ['-']],
    ['(?<!no )support', ['s']],
  ])('%j can start with %j', (source, expected) => {
    const chars = firstChars(source);
    expect(chars === 'any' ? 'any' : [...chars].sort()).toEqual(expected);
  });

  it('gives up to "any" on what it cannot read plainly', () => {
    expect(firstChars('\\w+ ready')).toBe('any');
    expect(firstChars('(?:very )?')).toBe('any');
  });
});

describe('CUE_BUCKETS', () => {
  it('finds at every token exactly what the whole lexicon finds', () => {
    const folded = foldText(TEXT);
    const whole = cueExpression(CUES);
    let found = 0;
    for (const token of tokenize(TEXT, folded)) {
      whole.lastIndex = token.start;
      const expected = whole.exec(folded);
      const bucket = CUE_BUCKETS.get(token.norm[0] ?? '');
      let actual: RegExpExecArray | null = null;
      if (bucket) {
        bucket.pattern.lastIndex = token.start;
        actual = bucket.pattern.exec(folded);
      }
      expect(actual?.[0]).toBe(expected?.[0]);
      if (expected && actual) {
        const entryOf = (match: RegExpExecArray, entries: typeof CUES): unknown =>
          entries[match.findIndex((value, k) => k > 0 && value !== undefined) - 1];
        expect(entryOf(actual, bucket?.entries ?? [])).toBe(entryOf(expected, CUES));
        found++;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
