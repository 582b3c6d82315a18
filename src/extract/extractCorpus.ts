// Extraction of a whole corpus: every article's claims, de-duplicated, and the
// nodes they touch (actors, positions, and the countries people and
// organisations speak for). Output order is fixed, so the same corpus always
// yields the same records.
import type { ClaimRecord, NodeRecord } from '../graph/buildGraph';
import type { ActorInfo } from './actors/actorInfo';
import { extractArticle } from './extractArticle';
import type { KnowledgeBase } from './knowledgeBase';
import type { Article, Extraction } from './types';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function claimIdentity(claim: ClaimRecord): string {
  return [claim.article, claim.source, claim.target, claim.stance, claim.start, claim.end].join(
    '\u0000',
  );
}

/** The gazetteer's other names for an actor, for the explorer's search. */
function aliasesOf(kb: KnowledgeBase, info: ActorInfo): string[] {
  const entry =
    info.kind === 'person'
      ? kb.people.get(info.id)
      : info.kind === 'org'
        ? kb.orgs.get(info.id)
        : kb.countries.get(info.country);
  return entry ? [...new Set(entry.aliases)].filter((alias) => alias !== info.label) : [];
}

/** Extracts the stance claims of `articles`, deterministically. */
export function extractCorpus(articles: readonly Article[], kb: KnowledgeBase): Extraction {
  const claims = new Map<string, ClaimRecord>();
  const actors = new Map<string, { info: ActorInfo; published: string }>();
  const ordered = [...articles].sort((a, b) => compare(a.id, b.id));
  for (const article of ordered) {
    const extraction = extractArticle(article, kb);
    for (const claim of extraction.claims) {
      const key = claimIdentity(claim);
      const existing = claims.get(key);
      if (!existing || existing.confidence < claim.confidence) claims.set(key, claim);
    }
    for (const info of extraction.actors) {
      const seen = actors.get(info.id);
      if (!seen || seen.published < article.published)
        actors.set(info.id, { info, published: article.published });
    }
  }
  const nodes = new Map<string, NodeRecord>();
  for (const { info } of actors.values()) {
    nodes.set(info.id, {
      id: info.id,
      label: info.label,
      kind: info.kind,
      country: info.country,
      role: info.role,
      aliases: aliasesOf(kb, info),
    });
    if (info.kind !== 'country' && info.country) {
      const id = `country:${info.country}`;
      if (!nodes.has(id) && !actors.has(id)) {
        nodes.set(id, {
          id,
          label: kb.countryNames.get(info.country) ?? info.country,
          kind: 'country',
          country: info.country,
          role: '',
        });
      }
    }
  }
  const targets = new Set([...claims.values()].map((claim) => claim.target));
  for (const position of kb.positions) {
    if (targets.has(position.id)) {
      nodes.set(position.id, {
        id: position.id,
        label: position.label,
        kind: 'position',
        country: '',
        role: '',
        description: position.description,
      });
    }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)),
    claims: [...claims.values()].sort(
      (a, b) =>
        compare(a.article, b.article) ||
        a.start - b.start ||
        a.end - b.end ||
        compare(a.source, b.source) ||
        compare(a.target, b.target) ||
        compare(a.stance, b.stance),
    ),
  };
}
