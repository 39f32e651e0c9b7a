import { type MouseEvent, memo, useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button } from "../../../ui/Button.tsx";
import { areaPath } from "../../area/utils/paths.ts";
import type { AtlasText } from "../hooks/useAtlasText.ts";
import { defaultDirection, type SortDirection, type SortKey } from "../utils/atlasParams.ts";
import type { Classification } from "../utils/choropleth.ts";
import type { RankingRow } from "../utils/ranking.ts";
import { Swatch } from "./MapPatterns.tsx";

export interface AtlasRankingProps {
  /** Already sorted. */
  rows: readonly RankingRow[];
  classification: Classification;
  text: AtlasText;
  /** Names the table, e.g. „Kinderarmut · Planungsräume · Stichtag 31.12.2020“. */
  caption: string;
  unit: string;
  fileName: string;
  sort: SortKey;
  direction: SortDirection;
  onSort: (sort: SortKey, direction: SortDirection) => void;
  /** While a new layer loads (or the table catches up with the map), the old rows stay and are marked busy. */
  busy: boolean;
}

const sortable: readonly SortKey[] = ["rank", "name", "value"];

interface RowView {
  code: string;
  name: string;
  rank: string;
  value: string;
  /** The reason instead of a value („kein Wert: …“, „geschützt: …“, „ohne Zuordnung: …“). */
  isNote: boolean;
  classLabel: string;
  fill: string | null;
}

/**
 * One row. Its props are texts, so sorting only moves rows; a new layer re-renders them. Plain
 * links with one shared click handler (instead of a router Link each) keep 542 rows light.
 */
const Row = memo(function Row({ code, name, rank, value, isNote, classLabel, fill, onOpen }: RowView & RowActions) {
  return (
    <tr>
      <td className="num">{rank}</td>
      <th scope="row">
        <a href={areaPath(code)} data-area={code} onClick={onOpen}>
          {name}
        </a>
      </th>
      <td className={isNote ? "atlas-ranking__note" : "num"}>{value}</td>
      <td className="atlas-ranking__class">
        {fill ? <ClassSwatch fill={fill} /> : null}
        <span className="atlas-ranking__class-text">{classLabel}</span>
      </td>
    </tr>
  );
});

interface RowActions {
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** Colours as a plain box; the combined MSS classes need their SVG pattern. */
function ClassSwatch({ fill }: { fill: string }) {
  return fill.startsWith("url(") ? (
    <Swatch fill={fill} />
  ) : (
    <span className="atlas-ranking__swatch" style={{ background: fill }} aria-hidden="true" />
  );
}

/**
 * The map's data as a table: rank (1 = most disadvantaged), area, value and class, with the
 * reason where an area has no value. Sortable by rank, name and value (aria-sort, buttons in the
 * column headers); downloadable as CSV (the rows as shown, values at full precision). Rows off
 * screen skip layout and paint (content-visibility), so a new layer does not stall the map.
 */
export function AtlasRanking({
  rows,
  classification,
  text,
  caption,
  unit,
  fileName,
  sort,
  direction,
  onSort,
  busy,
}: AtlasRankingProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  const note = (row: RankingRow) => (row.state === "value" ? "" : text.state(row.state, row.reason));
  const classLabel = (row: RankingRow) =>
    row.classIndex === null ? "" : text.className(classification, row.classIndex);

  // The CSV writer (with its parser library) loads on the first click: it is not needed to show the atlas.
  const download = async () => {
    const { downloadCsv } = await import("../../../lib/download.ts");
    downloadCsv(
      fileName,
      [
        t("atlas.ranking.rank"),
        t("atlas.ranking.code"),
        t("atlas.ranking.name"),
        t("atlas.ranking.value"),
        t("atlas.ranking.unit"),
        t("atlas.ranking.class"),
        t("atlas.ranking.note"),
      ],
      rows.map((row) => [row.rank, row.code, row.name, row.value, unit, classLabel(row), note(row)]),
    );
  };

  // One handler for all row links: a plain click navigates inside the app, other clicks (new tab …) stay the browser's.
  const onOpen = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(areaPath(event.currentTarget.getAttribute("data-area") ?? ""));
    },
    [navigate],
  );

  const header = (key: SortKey) => {
    const active = sort === key;
    const next: SortDirection = active ? (direction === "asc" ? "desc" : "asc") : defaultDirection[key];
    return (
      <th
        key={key}
        scope="col"
        className={key === "name" ? undefined : "num"}
        aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}
      >
        <button type="button" className="atlas-ranking__sort" onClick={() => onSort(key, next)}>
          {t(`atlas.ranking.${key}`)}
          <span aria-hidden="true" className="atlas-ranking__arrow">
            {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };

  const noValue = t("common.noValue");
  const views: RowView[] = rows.map((row) => {
    const fill = row.classIndex === null ? null : (classification.classes[row.classIndex]?.fill ?? null);
    return {
      code: row.code,
      name: row.name,
      rank: row.rank === null ? noValue : String(row.rank),
      value: row.value === null ? note(row) : text.value(row.value),
      isNote: row.value === null,
      classLabel: classLabel(row),
      fill,
    };
  });

  return (
    <section className="atlas-ranking" aria-labelledby="atlas-ranking-title">
      <div className="atlas-ranking__head">
        <h2 id="atlas-ranking-title" className="atlas-ranking__title">
          {t("atlas.ranking.title")}
        </h2>
        <Button size="sm" onClick={() => void download()} disabled={rows.length === 0}>
          {t("atlas.ranking.download")}
        </Button>
      </div>
      <p className="atlas-ranking__hint">{t("atlas.ranking.hint")}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="atlas-ranking__scroll" aria-label={caption} tabIndex={0} aria-busy={busy}>
        {/* Rows are laid out as grids, so rows off screen can skip rendering (content-visibility). */}
        <table className="table atlas-ranking__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {sortable.map(header)}
              <th scope="col">
                <span className="atlas-ranking__class-text">{t("atlas.ranking.class")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {views.map((view) => (
              <Row key={view.code} {...view} onOpen={onOpen} />
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
