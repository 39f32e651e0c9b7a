import { type DynamicsKey, dynamicsKeys, patternIds, statusKeys } from "../utils/choropleth.ts";
import { statusClassColours, textColourOn } from "../utils/classBreaks.ts";

const size = 8;

/**
 * The dynamics of the combined MSS classes as a texture over the status colour, so the twelve
 * classes read without telling twelve colours apart: stabil plain, negativ hatched, positiv dotted.
 */
function DynamicsTexture({ dynamics, ink }: { dynamics: DynamicsKey; ink: string }) {
  if (dynamics === "NEGATIV") {
    return (
      <path
        d={`M-2 2 L2 -2 M0 ${size} L${size} 0 M${size - 2} ${size + 2} L${size + 2} ${size - 2}`}
        stroke={ink}
        strokeWidth={1.6}
      />
    );
  }
  if (dynamics === "POSITIV") {
    return (
      <>
        <circle cx={2} cy={2} r={1.3} fill={ink} />
        <circle cx={6} cy={6} r={1.3} fill={ink} />
      </>
    );
  }
  return null;
}

/**
 * Pattern definitions for the atlas's fills (the combined classes and „geschützt“), drawn once
 * in a hidden SVG and used by the map and the legend swatches through `url(#id)`.
 */
export function MapPatterns() {
  return (
    // Not display:none: browsers do not render patterns of an undisplayed SVG.
    <svg className="atlas-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={patternIds.suppressed} width={size} height={size} patternUnits="userSpaceOnUse">
          <rect width={size} height={size} fill="#e4e4e4" />
          <path d={`M0 0 L${size} ${size} M${size} 0 L0 ${size}`} stroke="#767676" strokeWidth={1} />
        </pattern>
        {statusKeys.flatMap((_, index) => {
          const statusClass = (index + 1) as 1 | 2 | 3 | 4;
          const colour = statusClassColours[statusClass];
          const ink = textColourOn(colour) === "#000000" ? "#3b2a14" : "#ffffff";
          return dynamicsKeys.map((dynamics) => (
            <pattern
              key={`${statusClass}${dynamics}`}
              id={patternIds.combined(statusClass, dynamics)}
              width={size}
              height={size}
              patternUnits="userSpaceOnUse"
            >
              <rect width={size} height={size} fill={colour} />
              <DynamicsTexture dynamics={dynamics} ink={ink} />
            </pattern>
          ));
        })}
      </defs>
    </svg>
  );
}

/** A legend swatch: a small rectangle with a fill of the map (colour or pattern). */
export function Swatch({ fill, variant = "area" }: { fill: string; variant?: "area" | "outline" | "point" }) {
  return (
    <svg className="atlas-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      {variant === "area" ? <rect x="0.5" y="0.5" width="27" height="17" rx="2" fill={fill} stroke="#8a94a3" /> : null}
      {variant === "outline" ? (
        <rect
          x="2"
          y="2"
          width="24"
          height="14"
          rx="2"
          fill="none"
          stroke={fill}
          strokeWidth="2.5"
          strokeDasharray="5 3"
        />
      ) : null}
      {variant === "point" ? <circle cx="14" cy="9" r="5" fill={fill} stroke="#ffffff" strokeWidth="1.5" /> : null}
    </svg>
  );
}
