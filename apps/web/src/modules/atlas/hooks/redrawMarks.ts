import { useLayoutEffect, useRef } from "react";

// Performance marks for the browser benchmark (bench/browser.bench.ts) and anyone profiling
// the atlas: a change of the map starts with `atlas:change`; `atlas:redrawn` is set after the
// browser has painted the new fills; `atlas:first-render` once, after the first full map.
export const markNames = {
  change: "atlas:change",
  redrawn: "atlas:redrawn",
  firstRender: "atlas:first-render",
  redraw: "atlas:redraw",
} as const;

const hasMarks = () => typeof performance !== "undefined" && typeof performance.mark === "function";

/** Call in the event handler that changes what the map shows. */
export function markChangeStart(): void {
  if (hasMarks()) performance.mark(markNames.change);
}

/**
 * Marks the redraw once the map shows `drawn` (a new classification): the layout effect runs
 * after React has committed the new fills to the DOM; the frame callback runs before the next
 * paint, and the task queued from it runs after that paint. The time from the last
 * `atlas:change` is recorded as the measure `atlas:redraw`. `onPainted` then runs, e.g. to let
 * slower parts of the page follow the map; where there are no frames (tests), it runs at once.
 */
export function useRedrawMark(drawn: unknown, onPainted?: () => void): void {
  const first = useRef(true);
  const painted = useRef(onPainted);
  painted.current = onPainted;
  useLayoutEffect(() => {
    if (drawn === undefined || drawn === null) return;
    if (!hasMarks() || typeof requestAnimationFrame !== "function") {
      const timer = setTimeout(() => painted.current?.(), 0);
      return () => clearTimeout(timer);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        performance.mark(markNames.redrawn);
        if (first.current) {
          first.current = false;
          performance.mark(markNames.firstRender);
        }
        if (performance.getEntriesByName(markNames.change, "mark").length > 0) {
          performance.measure(markNames.redraw, markNames.change, markNames.redrawn);
          performance.clearMarks(markNames.change);
        }
        painted.current?.();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [drawn]);
}
