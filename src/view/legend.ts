// What the legend says, once, for both the page and the PNG export.
import { NODE_KINDS, STANCES } from '../graph/types';
import type { CoalitionSummary } from './coalitions';
import {
  COALITION_COLOURS,
  KIND_LABELS,
  KIND_MARKS,
  STANCE_COLOURS,
  type KindMark,
} from './palette';

export type LegendItem =
  /** `hollow`: the shape only, its fill standing for something else (coalitions). */
  | { type: 'node'; label: string; mark: KindMark; hollow: boolean }
  | { type: 'edge'; label: string; colour: string; arrow: boolean; faint: boolean }
  | { type: 'swatch'; label: string; colour: string };

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

/**
 * Sections of the legend. With coalitions, actors' fill colour is explained
 * by its own section, and the actor kinds are drawn as outlines (positions
 * keep their colour: they belong to no coalition).
 */
export function legendSections(coalitions: readonly CoalitionSummary[] | null): LegendSection[] {
  const sections: LegendSection[] = [
    {
      title: 'Nodes (size: number of claims)',
      items: NODE_KINDS.map((kind) => ({
        type: 'node',
        label: KIND_LABELS[kind],
        mark: KIND_MARKS[kind],
        hollow: coalitions !== null && kind !== 'position',
      })),
    },
    {
      title: 'Claims (arrow: actor → position)',
      items: [
        ...STANCES.map((stance): LegendItem => ({
          type: 'edge',
          label: stance,
          colour: STANCE_COLOURS[stance],
          arrow: true,
          faint: false,
        })),
        { type: 'edge', label: 'speaks for (country)', colour: '', arrow: false, faint: true },
      ],
    },
  ];
  if (coalitions) {
    const last = COALITION_COLOURS.length - 1;
    const shown = coalitions.slice(0, last);
    sections.push({
      title: 'Actor colour: coalition (same stance on the same positions)',
      items: [
        ...shown.map((c): LegendItem => ({
          type: 'swatch',
          label: `${c.examples.join(', ')}${c.size > c.examples.length ? ` +${c.size - c.examples.length}` : ''}`,
          colour: COALITION_COLOURS[c.rank] ?? '',
        })),
        {
          type: 'swatch',
          label: coalitions.length > shown.length ? 'smaller coalitions, unaligned' : 'unaligned',
          colour: COALITION_COLOURS[last] ?? '',
        },
      ],
    });
  }
  return sections;
}
