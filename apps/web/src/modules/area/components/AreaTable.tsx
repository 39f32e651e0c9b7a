import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/format.ts";
import { DataTable } from "../../../ui/Table.tsx";
import { areaPath } from "../utils/paths.ts";

export interface AreaRow {
  code: string;
  name: string;
  areaM2: number | null;
  parent?: { code: string; name: string } | null;
}

export interface AreaTableProps {
  areas: readonly AreaRow[];
  /** Names the table (caption and scroll region). */
  caption: string;
  /** Adds the parent column, useful when areas of several parents are listed. */
  showParent?: boolean;
}

/** Areas with code, name, optionally parent, and land area; names link to the area pages. */
export function AreaTable({ areas, caption, showParent = false }: AreaTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable label={caption}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("areas.columns.code")}</th>
          <th scope="col">{t("areas.columns.name")}</th>
          {showParent ? <th scope="col">{t("areas.columns.parent")}</th> : null}
          <th scope="col" className="num">
            {t("areas.columns.area")}
          </th>
        </tr>
      </thead>
      <tbody>
        {areas.map((area) => (
          <tr key={area.code}>
            <td className="code">{area.code}</td>
            <th scope="row">
              <Link to={areaPath(area.code)}>{area.name}</Link>
            </th>
            {showParent ? (
              <td>
                {area.parent ? <Link to={areaPath(area.parent.code)}>{area.parent.name}</Link> : t("common.noValue")}
              </td>
            ) : null}
            <td className="num">{format.km2(area.areaM2)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
