import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  setDateRange,
  toggleKind,
  toggleOutlet,
  toggleStance,
} from '../../src/view/filters';
import {
  DEFAULT_VIEW_STATE,
  MAX_QUERY_LENGTH,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from '../../src/view/urlState';

const plain = (state: ViewState) => ({
  ...state,
  filters: {
    ...state.filters,
    excludedOutlets: [...state.filters.excludedOutlets].sort(),
    stances: [...state.filters.stances].sort(),
    kinds: [...state.filters.kinds].sort(),
  },
});
const DEFAULTS = plain(DEFAULT_VIEW_STATE);

describe('serialiseViewState(state) → parseViewState(search)', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it.each<[string, ViewState]>([
    [
      'dates',
      { ...DEFAULT_VIEW_STATE, filters: setDateRange(DEFAULT_FILTERS, '2025-03-01', '2025-03-31') },
    ],
    [
      'outlets with commas and ampersands',
      {
        ...DEFAULT_VIEW_STATE,
        filters: toggleOutlet(toggleOutlet(DEFAULT_FILTERS, 'dpa (via Yahoo, News)'), 'A&B=C'),
      },
    ],
    [
      'no stances at all',
      {
        ...DEFAULT_VIEW_STATE,
        filters: toggleStance(
          toggleStance(toggleStance(DEFAULT_FILTERS, 'supports'), 'opposes'),
          'conditional',
        ),
      },
    ],
    ['kinds', { ...DEFAULT_VIEW_STATE, filters: toggleKind(DEFAULT_FILTERS, 'org') }],
    [
      'a selected node',
      { ...DEFAULT_VIEW_STATE, selection: { type: 'node', id: 'person:emmanuel-macron' } },
    ],
    [
      'a selected edge',
      { ...DEFAULT_VIEW_STATE, selection: { type: 'edge', id: 'a:1-5:person:x->position:y' } },
    ],
    ['flags', { ...DEFAULT_VIEW_STATE, rollup: true, presenter: true, coalitions: true }],
  ])('round-trips %s', (_name, state) => {
    expect(plain(parseViewState(serialiseViewState(state)))).toEqual(plain(state));
  });

  it('is deterministic: outlet order does not change the link', () => {
    const a = toggleOutlet(toggleOutlet(DEFAULT_FILTERS, 'RT'), 'AFP');
    const b = toggleOutlet(toggleOutlet(DEFAULT_FILTERS, 'AFP'), 'RT');
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, filters: a })).toBe(
      serialiseViewState({ ...DEFAULT_VIEW_STATE, filters: b }),
    );
  });
});

describe('parseViewState(search) on hostile or malformed input', () => {
  it.each([
    '',
    '?',
    '?__proto__=1',
    '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
    '?constructor=x&prototype=y&toString=z',
    '?from=__proto__&to=constructor',
    '?stances=__proto__',
    '?kinds=constructor,prototype',
    '?from=2025-02-30&to=2025-13-01',
    '?from=2025-3-1',
    '?from=<script>alert(1)</script>',
    '?rollup=true&present=yes&coalitions=0',
    '?stances=supports,bogus',
    '?%E0%A4%A',
    '?node=',
    `?node=${'x'.repeat(600)}`,
    '?=&&&==&',
  ])('%j gives the defaults', (search) => {
    const state = parseViewState(search);
    expect(plain(state)).toEqual(DEFAULTS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('ignores a query string that is too long to be a real link', () => {
    expect(plain(parseViewState(`?from=2025-03-01&x=${'a'.repeat(MAX_QUERY_LENGTH)}`))).toEqual(
      DEFAULTS,
    );
  });

  it('keeps the first value of a repeated single-valued key', () => {
    const state = parseViewState('?from=2025-03-01&from=2025-01-01&present=1&present=0');
    expect(state.filters.dateFrom).toBe('2025-03-01');
    expect(state.presenter).toBe(true);
  });

  it('keeps good keys when others are bad', () => {
    const state = parseViewState(
      '?from=2025-03-01&to=bad&stances=supports&kinds=evil&hide=RT&hide=&hide=RT',
    );
    expect(state.filters.dateFrom).toBe('2025-03-01');
    expect(state.filters.dateTo).toBe('');
    expect([...state.filters.stances]).toEqual(['supports']);
    expect(state.filters.kinds.size).toBe(4);
    expect([...state.filters.excludedOutlets]).toEqual(['RT']);
  });

  it('stores hostile names as plain data, never as object keys', () => {
    const state = parseViewState('?hide=__proto__&hide=constructor&node=__proto__');
    expect([...state.filters.excludedOutlets].sort()).toEqual(['__proto__', 'constructor']);
    expect(state.selection).toEqual({ type: 'node', id: '__proto__' });
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('bounds the number of hidden outlets', () => {
    const search = '?' + Array.from({ length: 1500 }, (_v, i) => `hide=o${i}`).join('&');
    expect(parseViewState(search).filters.excludedOutlets.size).toBe(1000);
  });

  it('prefers a node over an edge when a link names both', () => {
    expect(parseViewState('?edge=e1&node=n1').selection).toEqual({ type: 'node', id: 'n1' });
  });
});
