import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen: keyboard users must be able to reach and scroll it,
 * so the scrolling region is focusable and named (WCAG 2.1.1).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
