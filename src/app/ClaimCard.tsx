// One claim's provenance: the verbatim quote and where it comes from. Quotes
// and titles are rendered as text, never as HTML.
import type { ClaimView } from '../view/details';
import { STANCE_COLOURS } from '../view/palette';
import { SafeLink } from './SafeLink';

interface Props {
  claim: ClaimView;
  /** Full card (the selected edge) or a compact entry in a node's list. */
  full?: boolean;
  onOpen?: (edge: string) => void;
  onNode?: (node: string) => void;
}

export function ClaimCard({ claim, full = false, onOpen, onNode }: Props) {
  const title = claim.title || claim.article || 'article';
  return (
    <article className={full ? 'claim full' : 'claim'}>
      {full && (
        <p className="claim-who">
          <button type="button" className="link" onClick={() => onNode?.(claim.source)}>
            {claim.sourceLabel}
          </button>{' '}
          <span className="stance" style={{ color: STANCE_COLOURS[claim.stance] }}>
            {claim.stance}
          </span>{' '}
          <button type="button" className="link" onClick={() => onNode?.(claim.target)}>
            {claim.targetLabel}
          </button>
        </p>
      )}
      <blockquote>{claim.quote}</blockquote>
      <p className="claim-meta">
        <span className="tag">{claim.direct_quote ? 'direct quote' : 'reported'}</span>{' '}
        <span>{claim.outlet}</span> · <time dateTime={claim.date}>{claim.date}</time>
        {claim.viaLabel && <> · via {claim.viaLabel}</>}
      </p>
      <p className="claim-source">
        <SafeLink url={claim.url}>{title}</SafeLink>
      </p>
      {full ? (
        <dl className="provenance">
          <dt>Outlet</dt>
          <dd>{claim.outlet}</dd>
          <dt>Statement date</dt>
          <dd>{claim.date}</dd>
          <dt>Published</dt>
          <dd>{claim.published}</dd>
          <dt>Cue</dt>
          <dd>{claim.cue || '—'}</dd>
          <dt>Confidence</dt>
          <dd>{Math.round(claim.confidence * 100)}%</dd>
          <dt>Article</dt>
          <dd>
            {claim.article} (characters {claim.start}–{claim.end})
          </dd>
        </dl>
      ) : (
        <button type="button" className="link small" onClick={() => onOpen?.(claim.edge)}>
          Provenance
        </button>
      )}
    </article>
  );
}
