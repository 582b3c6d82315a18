// The extractor's boundary: what goes in (articles and the knowledge base's
// source texts) and what comes out (node and claim records for the graph model).
import type { ClaimRecord, NodeRecord } from '../graph/buildGraph';

/** One article of a corpus, its text already decoded (BOM removed). */
export interface Article {
  id: string;
  text: string;
  title: string;
  outlet: string;
  url: string;
  /** YYYY-MM-DD */
  published: string;
}

/**
 * The texts of the editable data files the extractor reads: the gazetteer
 * (data/gazetteer/*.csv) and the positions list (data/positions.csv). The
 * extractor parses them itself, so it stays free of the file system.
 */
export interface KnowledgeSources {
  countries: SourceText;
  orgs: SourceText;
  people: SourceText;
  roles: SourceText;
  /** data/gazetteer/role-titles.csv: role phrases ("prime minister") and the role keys they name. */
  roleTitles: SourceText;
  positions: SourceText;
}

/** A data file's text and the name to give it in error messages. */
export interface SourceText {
  file: string;
  text: string;
}

/** What extraction yields: every node a claim touches, and the claims. */
export interface Extraction {
  nodes: NodeRecord[];
  claims: ClaimRecord[];
}
