import type { ReactNode } from "react";

export interface AspectBoxProps {
  /** Proportions of the content, e.g. a map's viewBox. */
  width: number;
  height: number;
  /** The box never gets taller than this share of the viewport height (it narrows instead). */
  maxViewportHeight?: number;
  children: ReactNode;
}

/**
 * Reserves the space of content with fixed proportions before it exists, so loading, error
 * and success states occupy the same box and the page does not jump.
 */
export function AspectBox({ width, height, maxViewportHeight = 78, children }: AspectBoxProps) {
  return (
    <div
      className="aspect-box"
      style={{
        aspectRatio: `${width} / ${height}`,
        maxWidth: `calc(${maxViewportHeight}vh * ${(width / height).toFixed(4)})`,
      }}
    >
      {children}
    </div>
  );
}
