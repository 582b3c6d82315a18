// A seeded, deterministic layout so that the app draws a stable picture at once
// and a second extraction run is byte-identical.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { StanceGraph } from './types';

/** A 32-bit FNV-1a hash: a stable seed per node id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic pseudo-random start position in the unit disc from a node id. */
export function seededPosition(id: string): { x: number; y: number } {
  const h = hash(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt((h >>> 16) / 0x10000);
  return { x: 100 * radius * Math.cos(angle), y: 100 * radius * Math.sin(angle) };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Places every node: seeded start positions, then ForceAtlas2 for a fixed number
 * of iterations. Coordinates are rounded so floating-point noise never reaches
 * the output files.
 */
export function applySeededLayout(graph: StanceGraph, iterations = 300): void {
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, seededPosition(node));
  });
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: false } });
  }
  graph.forEachNode((node, attributes) => {
    graph.mergeNodeAttributes(node, { x: round(attributes.x), y: round(attributes.y) });
  });
}
