import { type MouseEvent, useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { GapSupplyMeasure } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { areaPath } from "../../area/utils/paths.ts";
import { Swatch } from "../../atlas/components/MapPatterns.tsx";
import { defaultDirection, type GapSortKey, type SortDirection } from "../utils/gapParams.ts";
import { type GapFinding, type GapRow, gapCsvRows } from "../utils/gapView.ts";

export interface GapTableProps {
  /** Already sorted. */
  rows: readonly GapRow[];
  per: number;
  supplyMeasure: GapSupplyMeasure;
  caption: string;
  fileName: string;
  sort: GapSortKey;
  direction: SortDirection;
  onSort: (sort: GapSortKey, direction: SortDirection) => void;
  busy: boolean;
}

const columns: readonly GapSortKey[] = ["rank", "name", "population", "supply", "rate", "need", "gap"];

/**
 * The ranked list of gaps: rank (1 = largest gap), area (link to its profile), target
 * population, supply, supply rate, need, gap score and the findings of Sozialraumkonferenzen
 * for the area. Sortable by every numeric column and the name (aria-sort, buttons in the
 * headers); downloadable as CSV with values at full precision.
 */
export function GapTable({
  rows,
  per,
  supplyMeasure,
  caption,
  fileName,
  sort,
  direction,
  onSort,
  busy,
}: GapTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const noValue = t("common.noValue");
  const kindLabel = (kind: GapFinding["kind"]) => t(`gaps.findingKind.${kind}`);
  const number = (value: number | null, digits: number) => (value === null ? noValue : format.number(value, digits));

  const label = (key: GapSortKey) =>
    key === "rate"
      ? t("gaps.table.rate", { per: format.number(per) })
      : key === "supply"
        ? t(`gaps.controls.measure.${supplyMeasure}`)
        : t(`gaps.table.${key}`);

  const download = async () => {
    const { downloadCsv } = await import("../../../lib/download.ts");
    downloadCsv(
      fileName,
      [
        t("gaps.table.rank"),
        t("gaps.table.code"),
        t("gaps.table.name"),
        t("gaps.table.population"),
        `${t("gaps.table.supply")} (${t(`gaps.controls.measure.${supplyMeasure}`)})`,
        t("gaps.table.rateLong", { per }),
        t("gaps.table.offersInReach"),
        t("gaps.table.need"),
        t("gaps.table.needClass"),
        t("gaps.table.supplyClass"),
        t("gaps.table.gap"),
        t("gaps.table.findings"),
      ],
      gapCsvRows(rows, kindLabel),
    );
  };

  const onOpen = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(areaPath(event.currentTarget.getAttribute("data-area") ?? ""));
    },
    [navigate],
  );

  const header = (key: GapSortKey) => {
    const active = sort === key;
    const next: SortDirection = active ? (direction === "asc" ? "desc" : "asc") : defaultDirection[key];
    return (
      <th
        key={key}
        scope="col"
        className={key === "name" ? undefined : "num"}
        aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}
      >
        <button type="button" className="gap-table__sort" onClick={() => onSort(key, next)}>
          {label(key)}
          <span aria-hidden="true" className="gap-table__arrow">
            {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="gap-table" aria-labelledby="gap-table-title">
      <div className="gap-table__head">
        <h2 id="gap-table-title" className="gap-table__title">
          {t("gaps.table.title")}
        </h2>
        <Button size="sm" onClick={() => void download()} disabled={rows.length === 0}>
          {t("gaps.table.download")}
        </Button>
      </div>
      <p className="gap-table__hint">{t("gaps.table.hint")}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="gap-table__scroll" aria-label={caption} tabIndex={0} aria-busy={busy}>
        <table className="table gap-table__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map(header)}
              <th scope="col">{t("gaps.table.findings")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <td className="num">{row.rank ?? noValue}</td>
                <th scope="row">
                  <Swatch fill={row.fill} />
                  <a href={areaPath(row.code)} data-area={row.code} onClick={onOpen}>
                    {row.name}
                  </a>
                  <span className="gap-table__code">{row.code}</span>
                </th>
                <td className="num">{number(row.targetPopulation, 0)}</td>
                <td className="num">{format.number(row.supply, supplyMeasure === "PLACES" ? 0 : 2)}</td>
                <td className="num">{number(row.supplyRate, 2)}</td>
                <td className="num">{number(row.need, 2)}</td>
                <td className="num">{number(row.gapScore, 2)}</td>
                <td className="gap-table__findings">
                  {row.findings.length === 0 ? (
                    noValue
                  ) : (
                    <ul>
                      {row.findings.map((finding) => (
                        <li key={finding.id}>
                          <strong>{kindLabel(finding.kind)}:</strong> {finding.description}{" "}
                          <span className="gap-table__conference">
                            ({finding.conference.title}, {format.date(finding.conference.date)})
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
