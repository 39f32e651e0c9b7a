import { type FocusEvent, type KeyboardEvent, type MouseEvent, memo, useCallback } from "react";
import type { MapShape } from "../../area/utils/mapShapes.ts";

/** An offer location on the map, in the map's pixel space. */
export interface OfferPoint {
  key: string;
  x: number;
  y: number;
  /** Name of the offer. */
  name: string;
  /** Where it is: the location's name or street; null when not known. */
  place: string | null;
  /** The Planungsraum the location lies in: click or Enter opens its profile. */
  areaCode: string;
  areaName: string;
}

/** Outlines of the programmes' funding areas, on top of the areas, without interaction. */
export const ProgrammeOutlines = memo(function ProgrammeOutlines({ shapes }: { shapes: readonly MapShape[] }) {
  return (
    // Paths without a name stay out of the accessibility tree; the legend names the layer.
    <g className="atlas-programmes">
      {shapes.map((shape) => (
        <path key={shape.code} d={shape.d} vectorEffect="non-scaling-stroke" />
      ))}
    </g>
  );
});

export interface OfferPointsProps {
  points: readonly OfferPoint[];
  /** Called with the point's key on hover or focus, and null when it is left. */
  onActivate: (key: string | null) => void;
  label: (point: OfferPoint) => string;
  /** Opens the profile of the area with this code. */
  onOpen: (code: string) => void;
}

const keyOf = (event: { currentTarget: Element }) => event.currentTarget.getAttribute("data-offer");

const areaOf = (event: { currentTarget: Element }) => event.currentTarget.getAttribute("data-area");

/**
 * Offer locations as points. Each is a focusable link named after the offer: hover or focus
 * shows its tooltip, click or Enter opens the profile of the Planungsraum it lies in (where its
 * offers are listed).
 */
export const OfferPoints = memo(function OfferPoints({ points, onActivate, label, onOpen }: OfferPointsProps) {
  const enter = useCallback(
    (event: MouseEvent<SVGCircleElement> | FocusEvent<SVGCircleElement>) => onActivate(keyOf(event)),
    [onActivate],
  );
  const leave = useCallback(() => onActivate(null), [onActivate]);
  const click = useCallback(
    (event: MouseEvent<SVGCircleElement>) => {
      const code = areaOf(event);
      if (code) onOpen(code);
    },
    [onOpen],
  );
  const keyDown = useCallback(
    (event: KeyboardEvent<SVGCircleElement>) => {
      const code = areaOf(event);
      if (event.key === "Enter" && code) {
        event.preventDefault();
        onOpen(code);
      }
    },
    [onOpen],
  );
  return (
    <g className="atlas-offers">
      {points.map((point) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG <a> would need an href per point; role, tabindex and Enter give the same behaviour, as for the areas.
        <circle
          key={point.key}
          data-offer={point.key}
          data-area={point.areaCode}
          cx={point.x}
          cy={point.y}
          r={6}
          vectorEffect="non-scaling-stroke"
          role="link"
          tabIndex={0}
          aria-label={label(point)}
          onMouseEnter={enter}
          onMouseLeave={leave}
          onFocus={enter}
          onBlur={leave}
          onClick={click}
          onKeyDown={keyDown}
        />
      ))}
    </g>
  );
});
