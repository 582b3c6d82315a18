// Node labels drawn for legibility over a dense picture. Sigma asks for each
// label in turn; here they are only collected, then placed all at once when
// the frame is drawn (see labelPlacement.ts), each with a halo of the
// background colour. The hover box follows the theme (sigma's default box is
// white, which would hide white presenter-mode text).
import type Sigma from 'sigma';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { LABEL_PRIORITY } from '../view/display';
import { BoxGrid, placeLabels, type LabelCandidate } from '../view/labelPlacement';

type LabelDrawer = NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;
type StanceSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;
/** Any renderer drawing our graphs (the explorer's, or a snapshot's). */
type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

type LabelData = Parameters<LabelDrawer>[1] & {
  key?: string;
  labelColor?: string;
  haloColor?: string;
  labelPriority?: number;
};

/** A label sigma asked for in the current frame; measured when placed. */
interface LabelRequest extends Omit<LabelCandidate, 'width' | 'ascent' | 'descent'> {
  label: string;
  font: string;
  labelSize: number;
  labelColor: string;
  haloColor: string;
}

const GAP = 4;

const font = (weight: string, size: number, family: string): string =>
  `${weight} ${size}px ${family}`;

/**
 * The nodes drawn: each one's key, position in graph coordinates, size (as
 * the node reducer sets it) and shape, for labels to keep clear of. Reading
 * them from the renderer would copy each node's display data on every frame.
 */
export type NodeSource = (
  visit: (key: string, x: number, y: number, size: number, round: boolean) => void,
) => void;

/** Screen boxes of the nodes of `source` that lie on screen. */
function nodeBoxes(renderer: Renderer, source: NodeSource, width: number, height: number): BoxGrid {
  const grid = new BoxGrid();
  source((key, graphX, graphY, size, round) => {
    const { x, y } = renderer.graphToViewport({ x: graphX, y: graphY });
    const r = renderer.scaleSize(size);
    if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) return;
    grid.add([x - r, y - r, x + r, y + r], key, round);
  });
  return grid;
}

/**
 * The labels of the frames being drawn, per canvas: a renderer snapshotting
 * the graph (PNG export) draws on its own canvas with the same drawers.
 */
export class LabelSpace {
  private readonly pending = new Map<CanvasRenderingContext2D, Map<string, LabelRequest>>();

  /** Without `nodes`, labels keep clear of each other only. */
  constructor(private readonly nodes: NodeSource = () => undefined) {}

  /** Notes a label sigma asks for. A node asked for twice means a new frame began. */
  request(context: CanvasRenderingContext2D, request: LabelRequest): void {
    let frame = this.pending.get(context);
    if (!frame || frame.has(request.key)) {
      frame = new Map();
      this.pending.set(context, frame);
    }
    frame.set(request.key, request);
  }

  /** Places and draws the labels `renderer` asked for in the frame it just drew. */
  draw(renderer: Renderer): void {
    const context = renderer.getCanvases().labels?.getContext('2d');
    const frame = context ? this.pending.get(context) : undefined;
    if (!context || !frame) return;
    this.pending.delete(context);
    const { width, height } = renderer.getDimensions();
    const candidates = [...frame.values()].map((request) => {
      context.font = request.font;
      const metrics = context.measureText(request.label);
      return {
        ...request,
        width: metrics.width,
        ascent: metrics.actualBoundingBoxAscent,
        descent: metrics.actualBoundingBoxDescent,
      };
    });
    const placed = placeLabels(
      candidates,
      nodeBoxes(renderer, this.nodes, width, height),
      width,
      height,
    );
    context.lineJoin = 'round';
    for (const { candidate, x, y } of placed) {
      context.font = candidate.font;
      context.lineWidth = Math.max(3, candidate.labelSize / 4);
      context.strokeStyle = candidate.haloColor;
      context.strokeText(candidate.label, x, y);
      context.fillStyle = candidate.labelColor;
      context.fillText(candidate.label, x, y);
    }
  }
}

const spaces = new WeakMap<Renderer, LabelSpace>();

/**
 * Draws the labels of every frame of `renderer` with `space`, starting with
 * the frame its constructor drew. Call it right after creating the renderer.
 */
export function attachLabels(renderer: Renderer, space: LabelSpace): void {
  spaces.set(renderer, space);
  renderer.on('afterRender', () => space.draw(renderer));
  space.draw(renderer);
}

/** The label space of a renderer set up by attachLabels. */
export function labelSpaceOf(renderer: Renderer): LabelSpace | undefined {
  return spaces.get(renderer);
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
    space.request(context, {
      key: data.key ?? data.label,
      label: data.label,
      x: data.x,
      y: data.y,
      size: data.size,
      priority: data.labelPriority ?? LABEL_PRIORITY.other,
      font: font(settings.labelWeight, settings.labelSize, settings.labelFont),
      labelSize: settings.labelSize,
      labelColor: data.labelColor ?? '#000000',
      haloColor: data.haloColor ?? '#FFFFFF',
    });
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
