// A link only for http(s) URLs; anything else is shown as inert text.
import type { ReactNode } from 'react';
import { safeHttpUrl } from '../view/links';

export function SafeLink({ url, children }: { url: string; children: ReactNode }) {
  const href = safeHttpUrl(url);
  if (href === null) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
