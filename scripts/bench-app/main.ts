// The bare sigma page of `npm run bench:app`: the same graph.json drawn by
// sigma with the explorer's renderer settings and filtered by the same rule,
// written the naive way (plain import, predicates in the reducers, a full
// refresh per change). It is the baseline the explorer is measured against:
// same renderer settings and programs, none of the explorer's own machinery.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import {
  isClaim,
  NODE_KINDS,
  STANCES,
  type ClaimAttributes,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  type NodeKind,
  type Stance,
} from '../../src/graph/types';
import { attachLabels, LabelSpace } from '../../src/app/labels';
import { baseSettings, EDGE_EVENTS_LIMIT } from '../../src/app/sigmaSettings';
import { nodeSize } from '../../src/view/display';
import { KIND_MARKS, STANCE_COLOURS, THEMES } from '../../src/view/palette';

/** The filters the benchmark drives, as plain data it can pass from the test runner. */
export interface BareFilters {
  from: string;
  to: string;
  hiddenOutlets: string[];
  stances: Stance[];
  kinds: NodeKind[];
}

declare global {
  interface Window {
    /** Applies `filters` and resolves to the time (ms) from the change to sigma's afterRender. */
    bareFilter: (filters: Partial<BareFilters>) => number;
  }
}

type Data = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
graph.import((await (await fetch('./graph.json')).json()) as Data);

let filters: BareFilters = {
  from: '',
  to: '',
  hiddenOutlets: [],
  stances: [...STANCES],
  kinds: [...NODE_KINDS],
};
let hiddenOutlets = new Set<string>();
const visibleNodes = new Set<string>();

function claimVisible(claim: ClaimAttributes, source: string, target: string): boolean {
  const kindOn = (node: string): boolean =>
    filters.kinds.includes(graph.getNodeAttribute(node, 'kind'));
  return (
    (filters.from === '' || claim.date >= filters.from) &&
    (filters.to === '' || claim.date <= filters.to) &&
    !hiddenOutlets.has(claim.outlet) &&
    filters.stances.includes(claim.stance) &&
    kindOn(source) &&
    kindOn(target)
  );
}

/** Nodes with a visible claim, then the countries their people and orgs represent. */
function computeVisibleNodes(): void {
  visibleNodes.clear();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (isClaim(attributes) && claimVisible(attributes, source, target)) {
      visibleNodes.add(source);
      visibleNodes.add(target);
    }
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const countryOn = filters.kinds.includes('country');
    if (attributes.type === 'represents' && countryOn && visibleNodes.has(source))
      visibleNodes.add(target);
  });
}

let maxClaims = 0;
graph.forEachNode((_node, attributes) => {
  maxClaims = Math.max(maxClaims, attributes.claims);
});
computeVisibleNodes();

const container = document.getElementById('graph');
if (!container) throw new Error('index.html lacks #graph');
// The benchmark sizes the drawing to the explorer's graph area (?width=…&height=…).
const size = new URLSearchParams(location.search);
container.style.width = `${Number(size.get('width')) || window.innerWidth}px`;
container.style.height = `${Number(size.get('height')) || window.innerHeight}px`;
const theme = THEMES.normal;
const labels = new LabelSpace();
const renderer = new Sigma(graph, container, {
  // The explorer's settings: the same programs (arrows for claims), labels and camera.
  ...baseSettings(theme, graph.size <= EDGE_EVENTS_LIMIT, labels),
  nodeReducer: (node, data) =>
    Object.assign(data, {
      size: nodeSize(data.claims, maxClaims),
      color: KIND_MARKS[data.kind].fill,
      type: KIND_MARKS[data.kind].shape,
      hidden: !visibleNodes.has(node),
    }),
  edgeReducer: (edge, data) => {
    const [source, target] = graph.extremities(edge);
    if (isClaim(data)) {
      return Object.assign(data, {
        size: theme.edgeSize,
        color: STANCE_COLOURS[data.stance],
        hidden: !claimVisible(data, source, target),
      });
    }
    return Object.assign(data, {
      size: theme.edgeSize * 0.5,
      color: theme.represents,
      hidden: !(visibleNodes.has(source) && visibleNodes.has(target)),
    });
  },
});
// The constructor renders synchronously; its labels are placed as the explorer places them.
attachLabels(renderer, labels);
performance.mark('stancegraph:first-frame');

window.bareFilter = (next) => {
  const start = performance.now();
  let end = start;
  renderer.once('afterRender', () => {
    end = performance.now();
  });
  filters = { ...filters, ...next };
  hiddenOutlets = new Set(filters.hiddenOutlets);
  computeVisibleNodes();
  renderer.refresh();
  performance.measure('bare:filter', { start, end });
  return end - start;
};
