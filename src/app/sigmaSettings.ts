// The renderer's settings, grouped by concern. Display fields (colour, size,
// hidden, highlighted) come from the reducers, never from the data.
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import type { Settings } from 'sigma/settings';
import { createNodeCompoundProgram, EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { Theme } from '../view/palette';
import { createLabelDrawers, type LabelSpace } from './labels';

type StanceSettings = Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>>;

/** Edge picking draws every edge twice; above this size, claims open from the node panel. */
export const EDGE_EVENTS_LIMIT = 50_000;

const LABEL_FONT = '"Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

/** The node programs, drawing labels with `drawers`. */
function nodePrograms(drawers: ReturnType<typeof createLabelDrawers>) {
  const { drawLabel, drawHover } = drawers;
  return {
    // Discs with an outer ring, a gap and an inner ring (sizes 0 draw nothing).
    disc: createNodeBorderProgram<NodeAttributes, EdgeAttributes, GraphAttributes>({
      borders: [
        { size: { attribute: 'ringSize', defaultValue: 0 }, color: { attribute: 'ringColor' } },
        { size: { attribute: 'gapSize', defaultValue: 0 }, color: { attribute: 'gapColor' } },
        {
          size: { attribute: 'innerRingSize', defaultValue: 0 },
          color: { attribute: 'ringColor' },
        },
        { size: { fill: true }, color: { attribute: 'color' } },
      ],
      drawLabel,
      drawHover,
    }),
    // Positions: squares, with the same labels as the discs.
    square: createNodeCompoundProgram<NodeAttributes, EdgeAttributes, GraphAttributes>(
      [NodeSquareProgram],
      drawLabel,
      drawHover,
    ),
  };
}

/** Label settings that change with the theme (presenter mode draws larger). */
export function themeSettings(theme: Theme): StanceSettings {
  return {
    labelSize: theme.labelSize,
    labelWeight: theme.name === 'presenter' ? 'bold' : '500',
    labelColor: { color: theme.text },
    labelDensity: 2,
    labelGridCellSize: theme.name === 'presenter' ? 140 : 100,
  };
}

export function baseSettings(
  theme: Theme,
  edgeEvents: boolean,
  labels: LabelSpace,
): StanceSettings {
  const drawers = createLabelDrawers(labels);
  return {
    // Programs: node kinds by shape and rings, claims as arrows toward positions.
    nodeProgramClasses: nodePrograms(drawers),
    edgeProgramClasses: { claim: EdgeArrowProgram, represents: EdgeLineProgram },
    defaultNodeType: 'disc',
    defaultEdgeType: 'claim',
    // Labels: the grid thins them out on large graphs, then the label space
    // places the rest clear of nodes and of each other, with a halo that keeps
    // them legible over edges; even small nodes may be labelled.
    labelFont: LABEL_FONT,
    labelRenderedSizeThreshold: 0,
    defaultDrawNodeLabel: drawers.drawLabel,
    defaultDrawNodeHover: drawers.drawHover,
    ...themeSettings(theme),
    // Interaction.
    enableEdgeEvents: edgeEvents,
    zIndex: false,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    stagePadding: 40,
  };
}
