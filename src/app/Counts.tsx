// Live counts of what is visible.
import type { VisibleCounts } from '../view/visibility';

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "12 actors · 5 positions · 87 claims". */
export function describeCounts(counts: VisibleCounts): string {
  return [
    plural(counts.actors, 'actor', 'actors'),
    plural(counts.positions, 'position', 'positions'),
    plural(counts.claims, 'claim', 'claims'),
  ].join(' · ');
}

export function Counts({ counts }: { counts: VisibleCounts }) {
  return (
    <p className="counts" role="status" aria-live="polite" aria-label="Visible">
      <span>
        <strong>{counts.actors.toLocaleString('en')}</strong> actors
      </span>
      <span>
        <strong>{counts.positions.toLocaleString('en')}</strong> positions
      </span>
      <span>
        <strong>{counts.claims.toLocaleString('en')}</strong> claims
      </span>
    </p>
  );
}
