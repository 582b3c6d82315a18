// One line saying which filters are active, for presenter mode (the side
// panel is hidden there, so the audience must still know what it is seeing).
import { NODE_KINDS, STANCES } from '../graph/types';
import type { Filters } from './filters';
import { KIND_PLURALS } from './palette';

const list = (items: readonly string[], max = 3): string =>
  items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} +${items.length - max}`;

/** "All claims", or the active filters joined by " · ". */
export function describeFilters(filters: Filters, outlets: readonly string[]): string {
  const parts: string[] = [];
  if (filters.dateFrom && filters.dateTo) parts.push(`${filters.dateFrom} to ${filters.dateTo}`);
  else if (filters.dateFrom) parts.push(`from ${filters.dateFrom}`);
  else if (filters.dateTo) parts.push(`until ${filters.dateTo}`);
  const hidden = outlets.filter((outlet) => filters.excludedOutlets.has(outlet));
  if (hidden.length > 0 && hidden.length === outlets.length) parts.push('no outlets');
  else if (hidden.length > 0) parts.push(`without ${list(hidden)}`);
  if (filters.stances.size < STANCES.length) {
    const shown = STANCES.filter((stance) => filters.stances.has(stance));
    parts.push(shown.length ? `${shown.join(' + ')} only` : 'no stances');
  }
  const kindsOff = NODE_KINDS.filter((kind) => !filters.kinds.has(kind));
  if (kindsOff.length > 0)
    parts.push(`no ${kindsOff.map((kind) => KIND_PLURALS[kind]).join(', ')}`);
  return parts.length ? parts.join(' · ') : 'All claims';
}
