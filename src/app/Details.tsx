// The selection panel: a node's claims grouped by position (or actor) and
// stance, or one claim's provenance card.
import type { StanceGraph } from '../graph/types';
import { claimView, groupClaims, type LabelLookup } from '../view/details';
import { KIND_LABELS, STANCE_COLOURS } from '../view/palette';
import type { Selection } from '../view/urlState';
import { ClaimCard } from './ClaimCard';

interface Props {
  graph: StanceGraph;
  selection: Selection;
  isVisible: (edge: string) => boolean;
  nodeVisible: boolean;
  lookup: LabelLookup;
  onSelect: (selection: Selection | null) => void;
}

function NodeDetails({ graph, selection, isVisible, nodeVisible, lookup, onSelect }: Props) {
  const node = selection.id;
  // Recomputed on every render: visibility lives in the mutable scene, and a
  // render happens exactly when filters or data change.
  const content = graph.hasNode(node) ? groupClaims(graph, node, isVisible, lookup) : null;
  if (!content) return <p>This node is not in the current graph.</p>;
  const attributes = graph.getNodeAttributes(node);
  const openNode = (id: string): void => onSelect({ type: 'node', id });
  return (
    <>
      <h2>{attributes.label}</h2>
      <p className="muted">
        {KIND_LABELS[attributes.kind]}
        {attributes.country && attributes.kind !== 'country' ? ` · ${attributes.country}` : ''}
        {attributes.role ? ` · ${attributes.role.replace(/-/g, ' ')}` : ''}
        {` · ${attributes.claims} claim${attributes.claims === 1 ? '' : 's'}`}
      </p>
      {attributes.description && <p>{attributes.description}</p>}
      {!nodeVisible && <p className="notice">Hidden by the current filters.</p>}
      {content.hidden > 0 && (
        <p className="muted">
          {content.hidden} claim{content.hidden === 1 ? '' : 's'} hidden by the filters.
        </p>
      )}
      {content.groups.map((group) => (
        <section key={`${group.other} ${group.stance}`} className="claim-group">
          <h3>
            <span className="stance" style={{ color: STANCE_COLOURS[group.stance] }}>
              {group.stance}
            </span>{' '}
            <button type="button" className="link" onClick={() => openNode(group.other)}>
              {group.otherLabel}
            </button>{' '}
            <span className="muted">({group.claims.length})</span>
          </h3>
          {group.claims.map((claim) => (
            <ClaimCard
              key={claim.edge}
              claim={claim}
              onOpen={(edge) => onSelect({ type: 'edge', id: edge })}
            />
          ))}
        </section>
      ))}
      {content.omitted > 0 && (
        <p className="muted">{content.omitted} more claims not listed: narrow the filters.</p>
      )}
    </>
  );
}

export function Details(props: Props) {
  const { graph, selection, lookup, onSelect } = props;
  const claim = selection.type === 'edge' ? claimView(graph, selection.id, lookup) : null;
  return (
    <aside className="details" aria-label="Selection">
      <button
        type="button"
        className="close"
        aria-label="Close the selection"
        onClick={() => onSelect(null)}
      >
        ×
      </button>
      {selection.type === 'node' ? (
        <NodeDetails {...props} />
      ) : claim ? (
        <>
          <h2>Claim</h2>
          <ClaimCard claim={claim} full onNode={(id) => onSelect({ type: 'node', id })} />
        </>
      ) : (
        <p>This claim is not in the current graph.</p>
      )}
    </aside>
  );
}
