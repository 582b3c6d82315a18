// The legend, always on screen (presenter mode included): node kinds by shape
// and ring, stance colours, and the coalition colours when they are on.
import type { LegendItem, LegendSection } from '../view/legend';

function Mark({ item }: { item: LegendItem }) {
  if (item.type === 'node') {
    const { mark, hollow } = item;
    const fill = hollow ? 'none' : mark.fill;
    // A hollow disc without a ring still needs an outline to be seen.
    const stroke = mark.ring > 0 ? (mark.doubleRing ? 1.3 : 2.6) : hollow ? 1.3 : 0;
    return (
      <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
        {mark.shape === 'square' ? (
          <rect x="-6.5" y="-6.5" width="13" height="13" fill={mark.fill} />
        ) : (
          <>
            {mark.doubleRing && <circle r="9" className="ring" strokeWidth="1.3" fill="none" />}
            <circle
              r="6.5"
              fill={fill}
              className={stroke > 0 ? 'ring' : undefined}
              strokeWidth={stroke}
            />
          </>
        )}
      </svg>
    );
  }
  if (item.type === 'edge') {
    return (
      <svg width="26" height="14" viewBox="0 0 26 14" aria-hidden="true">
        <line
          x1="1"
          y1="7"
          x2={item.arrow ? 17 : 25}
          y2="7"
          stroke={item.faint ? undefined : item.colour}
          className={item.faint ? 'faint-line' : undefined}
          strokeWidth={item.faint ? 1.2 : 2.6}
        />
        {item.arrow && <polygon points="25,7 16,2.5 16,11.5" fill={item.colour} />}
      </svg>
    );
  }
  return (
    <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
      <circle r="6.5" fill={item.colour} className="ring" strokeWidth="1.3" />
    </svg>
  );
}

export function Legend({ sections }: { sections: readonly LegendSection[] }) {
  return (
    <section className="legend" aria-label="Legend">
      {sections.map((section) => (
        <div key={section.title} className="legend-section">
          <h2>{section.title}</h2>
          <ul>
            {section.items.map((item) => (
              <li key={item.label}>
                <Mark item={item} />
                <span>{item.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
