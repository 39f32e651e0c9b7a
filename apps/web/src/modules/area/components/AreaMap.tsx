import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type ReactNode,
  useCallback,
  useRef,
  useState,
} from "react";
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
  /**
   * Fill of each area by code (a colour or `url(#pattern)`), e.g. a choropleth; areas not in
   * the map keep the default fill. Only the fills change when this changes: the paths stay.
   */
  fills?: ReadonlyMap<string, string>;
  /** Accessible name of each area by code (e.g. with its value); default: name and code. */
  labels?: ReadonlyMap<string, string>;
  /** Content of the tooltip of the active area; default: name and code. */
  renderTooltip?: (shape: MapShape) => ReactNode;
  /** SVG definitions (e.g. <pattern>s used by `fills`), drawn first inside the map. */
  defs?: ReactNode;
  /** Drawn on top of areas and outlines, e.g. highlighted funding areas or points. */
  overlay?: ReactNode;
  /** Called on click or Enter on an area; default: open the area's page. */
  onOpen?: (code: string) => void;
}

/**
 * An SVG map of areas. Each area is a focusable link: hover or focus highlights it and shows
 * its name and code; click or Enter opens its page.
 */
export function AreaMap({
  shapes,
  outlines = [],
  width,
  height,
  label,
  interactive = true,
  fills,
  labels,
  renderTooltip,
  defs,
  overlay,
  onOpen,
}: AreaMapProps) {
  const navigate = useNavigate();
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const active = activeCode === null ? undefined : shapes.find((shape) => shape.code === activeCode);

  // A ref keeps `open` stable when the caller passes a new function, so the paths do not re-render.
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const open = useCallback(
    (code: string) => (onOpenRef.current ? onOpenRef.current(code) : navigate(areaPath(code))),
    [navigate],
  );

  return (
    <div className={fills ? "area-map area-map--filled" : "area-map"}>
      <svg
        className="area-map__svg"
        viewBox={`0 0 ${width} ${height}`}
        // Shapes without a name are left out of the accessibility tree, so decorative layers need no aria-hidden.
        role={interactive ? "group" : "img"}
        aria-label={label}
        onMouseLeave={() => setActiveCode(null)}
      >
        {defs ? <defs>{defs}</defs> : null}
        <ShapeLayer
          shapes={shapes}
          fills={fills}
          labels={labels}
          interactive={interactive}
          onActivate={setActiveCode}
          onOpen={open}
        />
        {outlines.length > 0 ? (
          <g className="area-map__outlines">
            {outlines.map((shape) => (
              <path key={shape.code} d={shape.d} vectorEffect="non-scaling-stroke" />
            ))}
          </g>
        ) : null}
        {/* Drawn again on top so the highlight's border is not hidden by neighbouring areas. */}
        {active ? <path className="area-map__active" d={active.d} vectorEffect="non-scaling-stroke" /> : null}
        {overlay}
      </svg>
      {interactive && active ? (
        <MapTooltip shape={active} width={width} height={height}>
          {renderTooltip?.(active)}
        </MapTooltip>
      ) : null}
    </div>
  );
}

interface ShapeLayerProps {
  shapes: readonly MapShape[];
  fills: ReadonlyMap<string, string> | undefined;
  labels: ReadonlyMap<string, string> | undefined;
  interactive: boolean;
  onActivate: (code: string | null) => void;
  onOpen: (code: string) => void;
}

const codeOf = (event: { currentTarget: Element }) => event.currentTarget.getAttribute("data-code");

/** Inline, because the stylesheet's default fill would win over a presentation attribute. */
const fillStyle = (fills: ReadonlyMap<string, string> | undefined, code: string) => {
  const fill = fills?.get(code);
  return fill ? { fill } : undefined;
};

/**
 * The areas themselves: hundreds of long paths. Handlers are shared and read the code from
 * `data-code`, and no prop depends on the active area, so hovering does not re-render them.
 * A change of `fills` re-renders the elements but keeps every path string (`d` is the same
 * string, so React writes only the new fills to the DOM).
 */
const ShapeLayer = memo(function ShapeLayer({
  shapes,
  fills,
  labels,
  interactive,
  onActivate,
  onOpen,
}: ShapeLayerProps) {
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
          <path
            key={shape.code}
            d={shape.d}
            data-code={shape.code}
            vectorEffect="non-scaling-stroke"
            style={fillStyle(fills, shape.code)}
          />
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
          style={fillStyle(fills, shape.code)}
          role="link"
          tabIndex={0}
          // Carries the tooltip's content (name and code, or what the caller says) for screen readers.
          aria-label={labels?.get(shape.code) ?? `${shape.name}, ${t("common.code", { code: shape.code })}`}
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

function MapTooltip({
  shape,
  width,
  height,
  children,
}: {
  shape: MapShape;
  width: number;
  height: number;
  children?: ReactNode;
}) {
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
      {children ?? (
        <>
          <strong>{shape.name}</strong>
          <span>{t("common.code", { code: shape.code })}</span>
        </>
      )}
    </div>
  );
}
