import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  setDateRange,
  setOutlets,
  toggleKind,
  toggleOutlet,
  toggleStance,
} from '../../src/view/filters';
import { describeFilters } from '../../src/view/summary';

const outlets = ['AFP', 'RT', 'Reuters', 'TASS', 'BBC'];

describe('describeFilters(filters, outlets)', () => {
  it.each([
    ['nothing filtered', DEFAULT_FILTERS, 'All claims'],
    [
      'a full range',
      setDateRange(DEFAULT_FILTERS, '2025-03-01', '2025-03-31'),
      '2025-03-01 to 2025-03-31',
    ],
    ['an open end', setDateRange(DEFAULT_FILTERS, '2025-03-01', ''), 'from 2025-03-01'],
    ['an open start', setDateRange(DEFAULT_FILTERS, '', '2025-03-31'), 'until 2025-03-31'],
    ['one outlet off', toggleOutlet(DEFAULT_FILTERS, 'RT'), 'without RT'],
    [
      'many outlets off',
      setOutlets(DEFAULT_FILTERS, ['RT', 'TASS', 'AFP', 'BBC'], false),
      'without AFP, RT, TASS +1',
    ],
    ['all outlets off', setOutlets(DEFAULT_FILTERS, outlets, false), 'no outlets'],
    ['a stance off', toggleStance(DEFAULT_FILTERS, 'opposes'), 'supports + conditional only'],
    [
      'kinds off',
      toggleKind(toggleKind(DEFAULT_FILTERS, 'org'), 'person'),
      'no people, organisations',
    ],
  ])('%s → %j', (_name, filters, expected) => {
    expect(describeFilters(filters, outlets)).toBe(expected);
  });

  it('joins several filters in one line', () => {
    const filters = toggleOutlet(setDateRange(DEFAULT_FILTERS, '2025-03-01', ''), 'RT');
    expect(describeFilters(filters, outlets)).toBe('from 2025-03-01 · without RT');
  });
});
