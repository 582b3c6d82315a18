// The vocabulary of the stance graph, shared by the extractor, the file formats
// and the app. Closed vocabularies are `as const` lists so that maps keyed by
// them (colours, labels) are checked for completeness by the compiler.
import type { MultiDirectedGraph } from 'graphology';

export const STANCES = ['supports', 'opposes', 'conditional'] as const;
export type Stance = (typeof STANCES)[number];

export const NODE_KINDS = ['country', 'person', 'org', 'position'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ACTOR_KINDS = ['country', 'person', 'org'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The outlet of an article that has no metadata row. */
export const UNKNOWN_OUTLET = 'unknown';

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

/** An actor (country, person, organisation) or a position, as a node. */
export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  /** ISO 3166-1 alpha-2 code the person or org represents; '' when none. */
  country: string;
  /** The role that made the actor speak for its country ("prime-minister"); '' when none. */
  role: string;
  /** Seeded layout coordinates, so the app can draw at once. */
  x: number;
  y: number;
  /** Number of claim edges touching the node. */
  claims: number;
  /** Positions carry their codebook description. */
  description?: string;
  /** Other names the actor goes by (gazetteer aliases), for search. */
  aliases?: string[];
}

/** One piece of evidence: an actor taking a stance on a position in one quote. */
export interface ClaimAttributes {
  type: 'claim';
  stance: Stance;
  /** Verbatim: `text.slice(start, end) === quote`. */
  quote: string;
  /** True when the evidence is inside quotation marks. */
  direct_quote: boolean;
  article: string;
  title: string;
  outlet: string;
  url: string;
  /** YYYY-MM-DD, the article's publication date. */
  published: string;
  /** YYYY-MM-DD, the statement's date, never after `published`. */
  date: string;
  start: number;
  end: number;
  /** The words that decided the stance. */
  cue: string;
  /** 0..1 */
  confidence: number;
}

/** A person (or org) speaking for a country. */
export interface RepresentsAttributes {
  type: 'represents';
}

export type EdgeAttributes = ClaimAttributes | RepresentsAttributes;

export interface GraphAttributes {
  /** The corpus the graph was extracted from (folder name). */
  corpus: string;
}

export type StanceGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function isClaim(attributes: EdgeAttributes): attributes is ClaimAttributes {
  return attributes.type === 'claim';
}
