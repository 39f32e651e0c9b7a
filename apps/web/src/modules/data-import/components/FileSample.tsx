import { useTranslation } from "react-i18next";
import { DataTable } from "../../../ui/Table.tsx";
import type { CsvSample, GeoJsonSample } from "../utils/manifest.ts";

/** The first rows of the chosen file as read in the browser, with their line numbers. */
export function CsvSampleTable({ sample }: { sample: CsvSample }) {
  const { t } = useTranslation();
  if (sample.rows.length === 0) return <p className="field__hint">{t("dataImport.sample.noRows")}</p>;
  return (
    <DataTable label={t("dataImport.sample.title")}>
      <caption className="visually-hidden">{t("dataImport.sample.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t("dataImport.sample.line")}
          </th>
          {sample.header.map((name, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: header names may repeat in a broken file.
            <th key={index} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sample.rows.map((row) => (
          <tr key={row.line}>
            <th scope="row" className="num">
              {row.line}
            </th>
            {row.cells.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The properties of the first features of a GeoJSON file (geometries left out). */
export function GeoJsonSampleTable({ sample }: { sample: GeoJsonSample }) {
  const { t } = useTranslation();
  if (sample.rows.length === 0) return <p className="field__hint">{t("dataImport.sample.noRows")}</p>;
  const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value ?? null));
  return (
    <DataTable label={t("dataImport.sample.titleFeatures")}>
      <caption className="visually-hidden">{t("dataImport.sample.titleFeatures")}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t("dataImport.sample.feature")}
          </th>
          {sample.properties.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sample.rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: features are positional.
          <tr key={index}>
            <th scope="row" className="num">
              {index + 1}
            </th>
            {sample.properties.map((name) => (
              <td key={name}>{show(row[name])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
