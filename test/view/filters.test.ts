import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  isDefaultFilters,
  resetFilters,
  restrictOutlets,
  sameFilters,
  setDateRange,
  setOutlets,
  toggleKind,
  toggleOutlet,
  toggleStance,
} from '../../src/view/filters';

describe('setDateRange(filters, from, to)', () => {
  it.each([
    ['2025-03-01', '2025-03-31', '2025-03-01', '2025-03-31'],
    ['2025-02-30', '2025-03-31', '', '2025-03-31'],
    ['2025-3-1', 'yesterday', '', ''],
    ['', '2024-12-31', '', '2024-12-31'],
  ])('(%j, %j) keeps from=%j to=%j', (from, to, keptFrom, keptTo) => {
    const filters = setDateRange(DEFAULT_FILTERS, from, to);
    expect([filters.dateFrom, filters.dateTo]).toEqual([keptFrom, keptTo]);
  });

  it('returns the same object when nothing changes, so callers can skip work', () => {
    expect(setDateRange(DEFAULT_FILTERS, '', '')).toBe(DEFAULT_FILTERS);
  });
});

describe('toggleOutlet(filters, outlet, on?)', () => {
  it('flips an outlet off and on again', () => {
    const off = toggleOutlet(DEFAULT_FILTERS, 'RT');
    expect(off.excludedOutlets.has('RT')).toBe(true);
    expect(toggleOutlet(off, 'RT').excludedOutlets.has('RT')).toBe(false);
  });

  it('sets an explicit state and leaves the input untouched', () => {
    const off = toggleOutlet(DEFAULT_FILTERS, 'RT', false);
    expect(toggleOutlet(off, 'RT', false)).toBe(off);
    expect(DEFAULT_FILTERS.excludedOutlets.size).toBe(0);
  });

  it('setOutlets switches many at once', () => {
    const none = setOutlets(DEFAULT_FILTERS, ['AFP', 'RT'], false);
    expect([...none.excludedOutlets].sort()).toEqual(['AFP', 'RT']);
    expect(setOutlets(none, ['AFP', 'RT'], true).excludedOutlets.size).toBe(0);
  });
});

describe('toggleStance / toggleKind', () => {
  it('switch one value of a closed vocabulary', () => {
    const noOpposes = toggleStance(DEFAULT_FILTERS, 'opposes');
    expect([...noOpposes.stances].sort()).toEqual(['conditional', 'supports']);
    const noOrgs = toggleKind(DEFAULT_FILTERS, 'org', false);
    expect(noOrgs.kinds.has('org')).toBe(false);
    expect(toggleKind(noOrgs, 'org', true).kinds.has('org')).toBe(true);
  });
});

describe('restrictOutlets(filters, known)', () => {
  it('drops outlets the graph does not have', () => {
    const filters = setOutlets(DEFAULT_FILTERS, ['RT', 'Nowhere Times'], false);
    expect([...restrictOutlets(filters, new Set(['RT', 'AFP'])).excludedOutlets]).toEqual(['RT']);
  });
});

describe('resetFilters() / sameFilters / isDefaultFilters', () => {
  it('reset shows everything again', () => {
    const busy = toggleKind(
      toggleStance(setDateRange(DEFAULT_FILTERS, '2025-01-01', ''), 'supports'),
      'person',
    );
    expect(isDefaultFilters(busy)).toBe(false);
    expect(isDefaultFilters(resetFilters())).toBe(true);
  });

  it('compares by content, not identity', () => {
    const a = toggleOutlet(DEFAULT_FILTERS, 'RT');
    const b = toggleOutlet(toggleOutlet(toggleOutlet(DEFAULT_FILTERS, 'AFP'), 'RT'), 'AFP');
    expect(sameFilters(a, b)).toBe(true);
    expect(sameFilters(a, DEFAULT_FILTERS)).toBe(false);
  });
});
