import { type FocusEvent, type KeyboardEvent, type MouseEvent, memo, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { MapShape } from "../utils/mapShapes.ts";
import { areaPath } from "../utils/paths.ts";

export interface AreaMapProps {
  /** Areas drawn as links to their pages. */
  shapes: readonly MapShape[];
  /** Lines drawn on top without interaction, e.g. district boundaries. */
  outlines?: readonly MapShape[];
  /** The viewBox the shapes were computed for (see toMapShapes). */
  width: number;
  height: number;
  /** Accessible name of the map. */
  label: string;
  /** Without interaction the shapes are a picture: no links, no tooltip. */
  interactive?: boolean;
}

/**
 * An SVG map of areas. Each area is a focusable link: hover or focus highlights it and shows
 * its name and code; click or Enter opens its page.
 */
export function AreaMap({ shapes, outlines = [], width, height, label, interactive = true }: AreaMapProps) {
  const navigate = useNavigate();
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const active = activeCode === null ? undefined : shapes.find((shape) => shape.code === activeCode);

  const open = useCallback((code: string) => navigate(areaPath(code)), [navigate]);

  return (
    <div className="area-map">
      <svg
        className="area-map__svg"
        viewBox={`0 0 ${width} ${height}`}
        // Shapes without a name are left out of the accessibility tree, so decorative layers need no aria-hidden.
        role={interactive ? "group" : "img"}
        aria-label={label}
        onMouseLeave={() => setActiveCode(null)}
      >
        <ShapeLayer shapes={shapes} interactive={interactive} onActivate={setActiveCode} onOpen={open} />
        {outlines.length > 0 ? (
          <g className="area-map__outlines">
            {outlines.map((shape) => (
              <path key={shape.code} d={shape.d} vectorEffect="non-scaling-stroke" />
            ))}
          </g>
        ) : null}
        {/* Drawn again on top so the highlight's border is not hidden by neighbouring areas. */}
        {active ? <path className="area-map__active" d={active.d} vectorEffect="non-scaling-stroke" /> : null}
      </svg>
      {interactive && active ? <MapTooltip shape={active} width={width} height={height} /> : null}
    </div>
  );
}

interface ShapeLayerProps {
  shapes: readonly MapShape[];
  interactive: boolean;
  onActivate: (code: string | null) => void;
  onOpen: (code: string) => void;
}

const codeOf = (event: { currentTarget: Element }) => event.currentTarget.getAttribute("data-code");

/**
 * The areas themselves: hundreds of long paths. Handlers are shared and read the code from
 * `data-code`, and no prop depends on the active area, so hovering does not re-render them.
 */
const ShapeLayer = memo(function ShapeLayer({ shapes, interactive, onActivate, onOpen }: ShapeLayerProps) {
  const { t } = useTranslation();
  const onEnter = useCallback(
    (event: MouseEvent<SVGPathElement> | FocusEvent<SVGPathElement>) => {
      onActivate(codeOf(event));
    },
    [onActivate],
  );
  const onBlur = useCallback(() => onActivate(null), [onActivate]);
  const onClick = useCallback(
    (event: MouseEvent<SVGPathElement>) => {
      const code = codeOf(event);
      if (code) onOpen(code);
    },
    [onOpen],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGPathElement>) => {
      const code = codeOf(event);
      if (event.key === "Enter" && code) {
        event.preventDefault();
        onOpen(code);
      }
    },
    [onOpen],
  );

  if (!interactive) {
    return (
      <g className="area-map__areas">
        {shapes.map((shape) => (
          <path key={shape.code} d={shape.d} data-code={shape.code} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
    );
  }

  return (
    <g className="area-map__areas is-interactive">
      {shapes.map((shape) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG <a> would not be the <path> that tests and styles address; role, tabindex and Enter give the same behaviour.
        <path
          key={shape.code}
          d={shape.d}
          data-code={shape.code}
          vectorEffect="non-scaling-stroke"
          role="link"
          tabIndex={0}
          // Carries the tooltip's content (name and code) for screen readers.
          aria-label={`${shape.name}, ${t("common.code", { code: shape.code })}`}
          onMouseEnter={onEnter}
          onFocus={onEnter}
          onBlur={onBlur}
          onClick={onClick}
          onKeyDown={onKeyDown}
        />
      ))}
    </g>
  );
});

function MapTooltip({ shape, width, height }: { shape: MapShape; width: number; height: number }) {
  const { t } = useTranslation();
  const [x, y] = shape.centroid;
  const left = (x / width) * 100;
  const top = (y / height) * 100;
  // Anchored above the area's centre, flipped near the edges so it stays inside the map.
  const shiftX = left < 15 ? "0%" : left > 85 ? "-100%" : "-50%";
  const shiftY = top < 15 ? "12px" : "calc(-100% - 12px)";
  return (
    <div
      role="tooltip"
      className="area-map__tooltip"
      style={{ left: `${left}%`, top: `${top}%`, transform: `translate(${shiftX}, ${shiftY})` }}
    >
      <strong>{shape.name}</strong>
      <span>{t("common.code", { code: shape.code })}</span>
    </div>
  );
}
