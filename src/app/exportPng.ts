// PNG of the current view with its legend and the active filters, drawn onto
// the renderer's snapshot. The capture helper is loaded on first use.
import type Sigma from 'sigma';
import type { LegendSection } from '../view/legend';
import type { Theme } from '../view/palette';
import type { StanceSigma } from './redraw';
import { saveFile } from './saveFile';

const FONT = '"Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

function drawLegend(
  context: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
  theme: Theme,
  height: number,
): void {
  const line = 20;
  const rows = sections.reduce((n, section) => n + 1 + section.items.length, 0);
  const boxHeight = rows * line + sections.length * 6 + 16;
  const left = 16;
  const top = height - boxHeight - 16;
  context.font = `13px ${FONT}`;
  const width =
    Math.max(
      ...sections.flatMap((s) => [
        context.measureText(s.title).width,
        ...s.items.map((i) => context.measureText(i.label).width + 34),
      ]),
    ) + 24;
  context.fillStyle = theme.background;
  context.globalAlpha = 0.92;
  context.fillRect(left, top, width, boxHeight);
  context.globalAlpha = 1;
  context.strokeStyle = theme.represents;
  context.strokeRect(left, top, width, boxHeight);
  let y = top + 20;
  for (const section of sections) {
    context.fillStyle = theme.text;
    context.font = `bold 13px ${FONT}`;
    context.fillText(section.title, left + 10, y);
    y += line;
    context.font = `13px ${FONT}`;
    for (const item of section.items) {
      const cx = left + 20;
      const cy = y - 4;
      if (item.type === 'node') {
        context.fillStyle = item.mark.fill;
        if (item.mark.shape === 'square') context.fillRect(cx - 6, cy - 6, 12, 12);
        else {
          context.beginPath();
          context.arc(cx, cy, 6, 0, 2 * Math.PI);
          context.fill();
          if (item.mark.ring > 0) {
            context.strokeStyle = theme.ring;
            context.lineWidth = item.mark.doubleRing ? 1 : 2.5;
            context.stroke();
            if (item.mark.doubleRing) {
              context.beginPath();
              context.arc(cx, cy, 8.5, 0, 2 * Math.PI);
              context.stroke();
            }
          }
        }
      } else if (item.type === 'edge') {
        context.strokeStyle = item.faint ? theme.represents : item.colour;
        context.fillStyle = context.strokeStyle;
        context.lineWidth = item.faint ? 1 : 2.5;
        context.beginPath();
        context.moveTo(cx - 10, cy);
        context.lineTo(cx + 6, cy);
        context.stroke();
        if (item.arrow) {
          context.beginPath();
          context.moveTo(cx + 11, cy);
          context.lineTo(cx + 3, cy - 4);
          context.lineTo(cx + 3, cy + 4);
          context.fill();
        }
      } else {
        context.fillStyle = item.colour;
        context.fillRect(cx - 6, cy - 6, 12, 12);
      }
      context.lineWidth = 1;
      context.fillStyle = theme.text;
      context.fillText(item.label, left + 34, y);
      y += line;
    }
    y += 6;
  }
}

/** Saves the current view, legend and filter summary included, as stancegraph.png. */
export async function downloadPng(
  renderer: StanceSigma,
  theme: Theme,
  sections: readonly LegendSection[],
  summary: string,
): Promise<void> {
  const { drawOnCanvas } = await import('@sigma/export-image');
  // The helper is typed for untyped graphs; ours carries typed attributes.
  const canvas = await drawOnCanvas(renderer as unknown as Sigma, {
    backgroundColor: theme.background,
  });
  const context = canvas.getContext('2d');
  if (!context) return;
  const scale = canvas.height / renderer.getContainer().offsetHeight || 1;
  context.save();
  context.scale(scale, scale);
  const height = canvas.height / scale;
  context.font = `bold 15px ${FONT}`;
  context.fillStyle = theme.text;
  context.fillText(summary, 16, 26);
  drawLegend(context, sections, theme, height);
  context.restore();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) saveFile('stancegraph.png', blob, 'image/png');
}
