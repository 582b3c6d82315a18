// Node labels drawn for legibility over a dense picture: each label gets a halo
// of the background colour, a label that would overlap one already drawn is
// skipped (labels that must show, like positions', are placed first), and the
// hover box follows the theme (sigma's default box is white, which would hide
// white presenter-mode text).
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';

type LabelDrawer = NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;
type StanceSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

type LabelData = Parameters<LabelDrawer>[1] & {
  key?: string;
  labelColor?: string;
  haloColor?: string;
};

/** A label's screen rectangle: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

/** A node on screen whose label must show: its key, label, centre and radius in pixels. */
export interface PlacedNode {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
}

const GAP = 4;

const font = (weight: string, size: number, family: string): string =>
  `${weight} ${size}px ${family}`;

/** Where a label goes: right of its node, or left of it when it would leave the canvas. */
function placeLabel(
  context: CanvasRenderingContext2D,
  label: string,
  x: number,
  y: number,
  size: number,
  labelSize: number,
): { box: Box; textX: number } {
  const width = context.measureText(label).width;
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  const right = x + size + GAP;
  const textX =
    right + width > canvasWidth - GAP && x - size - GAP - width >= 0
      ? x - size - GAP - width
      : right;
  return { box: [textX - 2, y - labelSize * 0.75, textX + width + 2, y + labelSize * 0.45], textX };
}

const overlaps = (a: Box, b: Box): boolean =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The labels drawn in the current frame. Cleared before each render; on the
 * first label of a frame, the labels that must show are reserved so that
 * ordinary labels give way to them. A renderer that draws without telling
 * (the PNG snapshot's) is caught when a node comes up a second time: sigma
 * draws each label once per frame, so that is a new frame.
 */
export class LabelSpace {
  private boxes: Box[] = [];
  private reserved = new Set<string>();
  private seen = new Set<string>();
  private fresh = true;
  /** The canvas of the frame: a snapshot renderer draws on its own, and starts afresh. */
  private context: CanvasRenderingContext2D | null = null;

  constructor(private readonly mustShow: () => readonly PlacedNode[]) {}

  /** Starts a new frame. */
  clear(): void {
    this.boxes = [];
    this.reserved.clear();
    this.seen.clear();
    this.fresh = true;
  }

  /** True when the label may be drawn (and records it). */
  place(
    context: CanvasRenderingContext2D,
    key: string | undefined,
    box: Box,
    labelSize: number,
  ): boolean {
    if (context !== this.context || (key !== undefined && this.seen.has(key))) {
      this.clear();
      this.context = context;
    }
    if (key !== undefined) this.seen.add(key);
    if (this.fresh) {
      this.fresh = false;
      // In order of importance; one that would overlap a more important
      // label is not reserved, and will give way when drawn.
      for (const node of this.mustShow()) {
        const y = node.y + labelSize / 3;
        const { box } = placeLabel(context, node.label, node.x, y, node.size, labelSize);
        if (this.boxes.some((other) => overlaps(box, other))) continue;
        this.reserved.add(node.key);
        this.boxes.push(box);
      }
    }
    if (key !== undefined && this.reserved.has(key)) return true;
    if (this.boxes.some((other) => overlaps(box, other))) return false;
    this.boxes.push(box);
    return true;
  }
}

function setFont(
  context: CanvasRenderingContext2D,
  settings: StanceSettings,
  weight?: string,
): void {
  context.font = font(weight ?? settings.labelWeight, settings.labelSize, settings.labelFont);
}

/** The label and hover drawers of one renderer, sharing its label space. */
export function createLabelDrawers(space: LabelSpace): {
  drawLabel: LabelDrawer;
  drawHover: HoverDrawer;
} {
  const drawLabel: LabelDrawer = (context, data: LabelData, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    setFont(context, settings);
    const y = data.y + size / 3;
    const { box, textX: x } = placeLabel(context, data.label, data.x, y, data.size, size);
    if (!space.place(context, data.key, box, size)) return;
    context.lineJoin = 'round';
    context.lineWidth = Math.max(3, size / 4);
    context.strokeStyle = data.haloColor ?? '#FFFFFF';
    context.strokeText(data.label, x, y);
    context.fillStyle = data.labelColor ?? '#000000';
    context.fillText(data.label, x, y);
  };

  /** The hovered (or selected) node: a framed box around the node and its label. */
  const drawHover: HoverDrawer = (context, data: LabelData, settings) => {
    const size = settings.labelSize;
    setFont(context, settings, 'bold');
    const label = data.label ?? '';
    const padding = 4;
    const labelWidth = label ? context.measureText(label).width + GAP + padding : 0;
    const height = Math.max(data.size * 2, size + 2 * padding);
    const left = data.x - data.size - padding;
    const top = data.y - height / 2 - padding / 2;
    context.fillStyle = data.haloColor ?? '#FFFFFF';
    context.strokeStyle = data.labelColor ?? '#000000';
    context.lineWidth = 1.5;
    context.beginPath();
    context.roundRect(left, top, data.size * 2 + padding * 2 + labelWidth, height + padding, 4);
    context.fill();
    context.stroke();
    if (!label) return;
    context.fillStyle = data.labelColor ?? '#000000';
    context.fillText(label, data.x + data.size + GAP, data.y + size / 3);
  };

  return { drawLabel, drawHover };
}
