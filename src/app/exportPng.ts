// PNG of the current view with its legend and the active filters, drawn onto
// the renderer's snapshot. The capture helper is loaded on first use.
import type Sigma from 'sigma';
import type { LegendItem, LegendSection } from '../view/legend';
import type { Theme } from '../view/palette';
import type { StanceSigma } from './redraw';
import { saveFile } from './saveFile';

const FONT = '"Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

const LINE = 20;
const SECTION_GAP = 8;
const PADDING = 16;

function legendSize(
  context: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
): { width: number; height: number } {
  context.font = `bold 13px ${FONT}`;
  const titles = sections.map((s) => context.measureText(s.title).width);
  context.font = `13px ${FONT}`;
  const items = sections.flatMap((s) =>
    s.items.map((i) => context.measureText(i.label).width + 26),
  );
  const rows = sections.reduce((n, section) => n + 1 + section.items.length, 0);
  return {
    width: Math.max(...titles, ...items) + 2 * PADDING,
    height: rows * LINE + sections.length * SECTION_GAP + 2 * PADDING,
  };
}

function drawMark(
  context: CanvasRenderingContext2D,
  item: LegendItem,
  theme: Theme,
  cx: number,
  cy: number,
): void {
  if (item.type === 'node') {
    context.fillStyle = item.mark.fill;
    if (item.mark.shape === 'square') {
      context.fillRect(cx - 6, cy - 6, 12, 12);
      return;
    }
    context.beginPath();
    context.arc(cx, cy, 6, 0, 2 * Math.PI);
    if (!item.hollow) context.fill();
    if (item.mark.ring === 0 && !item.hollow) return;
    context.strokeStyle = theme.ring;
    context.lineWidth = item.mark.doubleRing || item.mark.ring === 0 ? 1 : 2.5;
    context.stroke();
    if (item.mark.doubleRing) {
      context.beginPath();
      context.arc(cx, cy, 8.5, 0, 2 * Math.PI);
      context.stroke();
    }
  } else if (item.type === 'edge') {
    context.strokeStyle = item.faint ? theme.represents : item.colour;
    context.fillStyle = context.strokeStyle;
    context.lineWidth = item.faint ? 1 : 2.5;
    context.beginPath();
    context.moveTo(cx - 10, cy);
    context.lineTo(cx + 4, cy);
    context.stroke();
    if (item.arrow) {
      context.beginPath();
      context.moveTo(cx + 10, cy);
      context.lineTo(cx + 2, cy - 4);
      context.lineTo(cx + 2, cy + 4);
      context.fill();
    }
  } else {
    context.fillStyle = item.colour;
    context.beginPath();
    context.arc(cx, cy, 6, 0, 2 * Math.PI);
    context.fill();
    context.strokeStyle = theme.ring;
    context.lineWidth = 1;
    context.stroke();
  }
}

function drawLegend(
  context: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
  theme: Theme,
  left: number,
  top: number,
): void {
  let y = top + PADDING + 10;
  for (const section of sections) {
    context.fillStyle = theme.text;
    context.font = `bold 13px ${FONT}`;
    context.fillText(section.title, left + PADDING, y);
    y += LINE;
    context.font = `13px ${FONT}`;
    for (const item of section.items) {
      drawMark(context, item, theme, left + PADDING + 8, y - 4);
      context.lineWidth = 1;
      context.fillStyle = theme.text;
      context.fillText(item.label, left + PADDING + 26, y);
      y += LINE;
    }
    y += SECTION_GAP;
  }
}

/** Saves the current view, with the active filters above it and the legend beside it. */
export async function downloadPng(
  renderer: StanceSigma,
  theme: Theme,
  sections: readonly LegendSection[],
  summary: string,
): Promise<void> {
  const { drawOnCanvas } = await import('@sigma/export-image');
  // The helper is typed for untyped graphs; ours carries typed attributes.
  const snapshot = await drawOnCanvas(renderer as unknown as Sigma, {
    backgroundColor: theme.background,
  });
  const ratio = snapshot.height / (renderer.getContainer().offsetHeight || snapshot.height);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return;
  const legend = legendSize(context, sections);
  const title = 44;
  const width = snapshot.width / ratio + legend.width;
  const height = Math.max(snapshot.height / ratio, legend.height) + title;
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  context.scale(ratio, ratio);
  context.fillStyle = theme.background;
  context.fillRect(0, 0, width, height);
  context.drawImage(snapshot, 0, title, snapshot.width / ratio, snapshot.height / ratio);
  context.fillStyle = theme.text;
  context.font = `bold 16px ${FONT}`;
  context.fillText(`Stancegraph · ${summary}`, PADDING, 28);
  context.strokeStyle = theme.represents;
  context.beginPath();
  context.moveTo(snapshot.width / ratio + 0.5, title);
  context.lineTo(snapshot.width / ratio + 0.5, height - PADDING);
  context.stroke();
  drawLegend(context, sections, theme, snapshot.width / ratio, title);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) saveFile('stancegraph.png', blob, 'image/png');
}
