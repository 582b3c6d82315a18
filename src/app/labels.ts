// Node labels drawn for legibility over a dense picture: each label gets a halo
// of the background colour, and the hover box follows the theme (sigma's
// default box is white, which would hide white presenter-mode text).
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';

type LabelDrawer = NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;

type LabelData = Parameters<LabelDrawer>[1] & {
  labelColor?: string;
  haloColor?: string;
};

const font = (weight: string, size: number, family: string): string =>
  `${weight} ${size}px ${family}`;

/** A node label to the right of the node, with a background-coloured halo. */
export const drawLabel: LabelDrawer = (context, data: LabelData, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = font(settings.labelWeight, size, settings.labelFont);
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = Math.max(3, size / 4);
  context.strokeStyle = data.haloColor ?? '#FFFFFF';
  context.strokeText(data.label, x, y);
  context.fillStyle = data.labelColor ?? '#000000';
  context.fillText(data.label, x, y);
};

/** The hovered (or selected) node: a framed box around the node and its label. */
export const drawHover: HoverDrawer = (context, data: LabelData, settings) => {
  const size = settings.labelSize;
  context.font = font('bold', size, settings.labelFont);
  const label = data.label ?? '';
  const padding = 4;
  const width = label ? context.measureText(label).width + data.size + 3 * padding + 4 : 0;
  const height = Math.max(data.size * 2, size + 2 * padding);
  const left = data.x - data.size - padding;
  const top = data.y - height / 2 - padding / 2;
  context.fillStyle = data.haloColor ?? '#FFFFFF';
  context.strokeStyle = data.labelColor ?? '#000000';
  context.lineWidth = 1.5;
  context.beginPath();
  context.roundRect(left, top, width + data.size * 2 + padding, height + padding, 4);
  context.fill();
  context.stroke();
  if (!label) return;
  context.fillStyle = data.labelColor ?? '#000000';
  context.fillText(label, data.x + data.size + 4, data.y + size / 3);
};
