// The Berlin LOR 2021 hierarchy and boundaries (Amt für Statistik Berlin-Brandenburg,
// CC BY 3.0 DE; see data/berlin/SOURCES.md) as area inputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AreaGeometry, AreaInput } from "@sozialatlas/domain/area";
import { parseCsv } from "@sozialatlas/domain/csv";
import { repoRoot } from "../lib/config.ts";

export const berlinLorDir = join(repoRoot, "data/berlin/lor-2021");
export const berlinCode = "11000000";

interface Feature {
  properties: Record<string, string | number>;
  geometry: AreaGeometry;
}

function readFeatures(file: string): Feature[] {
  return (JSON.parse(readFileSync(join(berlinLorDir, file), "utf8")) as { features: Feature[] }).features;
}

function geometryBy(file: string, codeOf: (props: Feature["properties"]) => string): Map<string, AreaGeometry> {
  return new Map(readFeatures(file).map((feature) => [codeOf(feature.properties), feature.geometry]));
}

/** City, 12 Bezirke, 58 Prognoseräume, 143 Bezirksregionen and 542 Planungsräume. */
export function loadBerlinLor(dir = berlinLorDir): AreaInput[] {
  const hierarchy = parseCsv(readFileSync(join(dir, "LOR_2021_hierarchy.csv"), "utf8")).rows.map((row) => row.values);
  const plrGeometry = geometryBy("lor_planungsraeume_2021_wgs84.geojson", (p) => String(p.PLR_ID));
  const bzrGeometry = geometryBy("lor_bezirksregionen_2021_wgs84.geojson", (p) => String(p.BZR_ID));
  const pgrGeometry = geometryBy("lor_prognoseraeume_2021_wgs84.geojson", (p) => String(p.PGR_ID));
  // Bezirksgrenzen carry "001"…"012"; LOR codes nest by prefix with two-digit districts.
  const bezGeometry = geometryBy("bezirksgrenzen_wgs84.geojson", (p) => String(p.Gemeinde_s).slice(-2));

  const areas = new Map<string, AreaInput>();
  const sumM2 = new Map<string, number>();
  areas.set(berlinCode, {
    code: berlinCode,
    name: "Berlin",
    level: "STADT",
    parentCode: null,
    geometry: null,
    areaM2: null,
  });
  for (const row of hierarchy) {
    const plr = row["Planungsraum (Nummer)"] ?? "";
    const bzr = row["Bezirksregion (Nummer)"] ?? "";
    const pgr = row["Prognoseraum (Nummer)"] ?? "";
    const bez = plr.slice(0, 2);
    const m2 = Number(row["Fläche in qm"]);
    const upper: Array<[string, string, AreaInput["level"], string, AreaGeometry | undefined]> = [
      [bez, row.Bezirk ?? "", "BEZIRK", berlinCode, bezGeometry.get(bez)],
      [pgr, row["Prognoseraum (Name)"] ?? "", "PROGNOSERAUM", bez, pgrGeometry.get(pgr)],
      [bzr, row["Bezirksregion (Name)"] ?? "", "BEZIRKSREGION", pgr, bzrGeometry.get(bzr)],
    ];
    for (const [code, name, level, parentCode, geometry] of upper) {
      if (!areas.has(code))
        areas.set(code, { code, name, level, parentCode, geometry: geometry ?? null, areaM2: null });
      sumM2.set(code, (sumM2.get(code) ?? 0) + m2);
    }
    sumM2.set(berlinCode, (sumM2.get(berlinCode) ?? 0) + m2);
    areas.set(plr, {
      code: plr,
      name: row["Planungsraum (Name)"] ?? "",
      level: "PLANUNGSRAUM",
      parentCode: bzr,
      geometry: plrGeometry.get(plr) ?? null,
      areaM2: m2,
    });
  }
  // Higher levels: the sum of their Planungsräume, so that the numbers add up.
  return [...areas.values()].map((area) =>
    area.areaM2 === null ? { ...area, areaM2: Math.round((sumM2.get(area.code) ?? 0) * 100) / 100 } : area,
  );
}
