import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on narrow screens instead of squeezing columns. The scroll
 * container is focusable and named so keyboard users can scroll it too.
 */
export function DataTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      <table className="table">{children}</table>
    </section>
  );
}
