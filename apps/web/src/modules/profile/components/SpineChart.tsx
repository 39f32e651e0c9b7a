import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import { type Distribution, shareBelow } from "../utils/distribution.ts";

export interface SpineReference {
  kind: "city" | "parent";
  name: string;
  value: number;
}

export interface SpineChartProps {
  distribution: Distribution;
  /** The area's own value; null when it has none (protected or missing). */
  value: number | null;
  areaName: string;
  /** Name of the compared areas in the plural, e.g. "Planungsräume". */
  levelName: string;
  references: readonly SpineReference[];
  decimals: number;
}

const width = 300;
const height = 44;
const left = 8;
const right = width - 8;
const axis = 16;

/**
 * Where an area stands among all areas of its level (InstantAtlas "spine chart"): the line is
 * the range from minimum to maximum, the band the middle half (quartiles), the tick the
 * median, a dot the area itself, a diamond the city and a triangle the parent area. Shapes,
 * not colours, tell them apart; the accessible name says everything in words.
 */
export function SpineChart({ distribution, value, areaName, levelName, references, decimals }: SpineChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const points = [distribution.min, distribution.max, ...references.map((reference) => reference.value)];
  if (value !== null) points.push(value);
  let low = Math.min(...points);
  let high = Math.max(...points);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const x = (v: number) => left + ((v - low) / (high - low)) * (right - left);
  const number = (v: number) => format.number(v, decimals);

  const parts = [
    value === null
      ? t("profile.spine.describeNoValue", { name: areaName })
      : t("profile.spine.describeValue", {
          name: areaName,
          value: number(value),
          share: format.number(shareBelow(distribution.sorted, value) * 100, 0),
          level: levelName,
        }),
    t("profile.spine.describeDistribution", {
      level: levelName,
      count: distribution.count,
      median: number(distribution.median),
      q1: number(distribution.q1),
      q3: number(distribution.q3),
      min: number(distribution.min),
      max: number(distribution.max),
    }),
    ...references.map((reference) =>
      t("profile.spine.describeReference", { name: reference.name, value: number(reference.value) }),
    ),
  ];

  return (
    <svg className="spine-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={parts.join(" ")}>
      <rect
        className="spine-chart__range"
        x={x(distribution.min)}
        y={axis - 1.5}
        width={Math.max(1, x(distribution.max) - x(distribution.min))}
        height={3}
      />
      <rect
        className="spine-chart__band"
        x={x(distribution.q1)}
        y={axis - 7}
        width={Math.max(1, x(distribution.q3) - x(distribution.q1))}
        height={14}
      />
      <line className="spine-chart__median" x1={x(distribution.median)} x2={x(distribution.median)} y1={5} y2={27} />
      {references.map((reference) => (
        <ReferenceMark key={reference.kind} kind={reference.kind} cx={x(reference.value)} />
      ))}
      {value !== null ? <circle className="spine-chart__area" cx={x(value)} cy={axis} r={5.5} /> : null}
      <text className="spine-chart__label" x={x(distribution.min)} y={40} textAnchor="start">
        {number(distribution.min)}
      </text>
      <text className="spine-chart__label" x={x(distribution.max)} y={40} textAnchor="end">
        {number(distribution.max)}
      </text>
    </svg>
  );
}

function ReferenceMark({ kind, cx }: { kind: SpineReference["kind"]; cx: number }) {
  if (kind === "city") {
    return <path className="spine-chart__reference" d={`M${cx} ${axis - 6}l6 6-6 6-6-6z`} data-reference="city" />;
  }
  return <path className="spine-chart__reference" d={`M${cx} ${axis + 6}l-6-11h12z`} data-reference="parent" />;
}

/** The key to the shapes of the spine charts, in words. */
export function SpineLegend({ parentName, cityName }: { parentName: string | null; cityName: string | null }) {
  const { t } = useTranslation();
  return (
    <ul className="spine-legend">
      <li className="spine-legend__item">
        <LegendIcon>
          <circle className="spine-chart__area" cx={10} cy={8} r={5} />
        </LegendIcon>
        {t("profile.spine.legendArea")}
      </li>
      {cityName ? (
        <li className="spine-legend__item">
          <LegendIcon>
            <path className="spine-chart__reference" d="M10 2l6 6-6 6-6-6z" />
          </LegendIcon>
          {cityName}
        </li>
      ) : null}
      {parentName ? (
        <li className="spine-legend__item">
          <LegendIcon>
            <path className="spine-chart__reference" d="M10 13l-6-11h12z" />
          </LegendIcon>
          {parentName}
        </li>
      ) : null}
      <li className="spine-legend__item">
        <LegendIcon>
          <line className="spine-chart__median" x1={10} x2={10} y1={0} y2={16} />
        </LegendIcon>
        {t("profile.spine.legendMedian")}
      </li>
      <li className="spine-legend__item">
        <LegendIcon>
          <rect className="spine-chart__band" x={2} y={3} width={16} height={10} />
        </LegendIcon>
        {t("profile.spine.legendQuartiles")}
      </li>
      <li className="spine-legend__item">
        <LegendIcon>
          <rect className="spine-chart__range" x={0} y={6.5} width={20} height={3} />
        </LegendIcon>
        {t("profile.spine.legendRange")}
      </li>
    </ul>
  );
}

function LegendIcon({ children }: { children: ReactNode }) {
  return (
    <svg className="spine-legend__icon" viewBox="0 0 20 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
