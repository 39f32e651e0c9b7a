// The index of the Berlin Monitoring Soziale Stadtentwicklung 2021 as a stored, editable
// definition — the real published method, not an example — and its run over the demo data,
// so that the atlas shows results at first start. The MSS is defined on Planungsräume only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "@sozialatlas/domain/csv";
import { type IndexIndicator, mss2021Definition } from "@sozialatlas/domain/social-index";
import type { Database } from "../lib/db.ts";
import {
  createIndexDefinition,
  findIndexDefinitionRowByKey,
  type IndexDefinitionInput,
} from "../modules/social-index/index-definition.service.ts";
import { createIndexRun, listIndexRuns } from "../modules/social-index/index-run.service.ts";
import { mssDir, mssReferenceDate } from "./indicators.ts";

const seedActor = "seed";
const outlierRemark = "ungültig (Ausreißer)";

/** Planungsräume the MSS 2021 file marks as outliers: the published method leaves them out. */
export function mssOutlierCodes(): string[] {
  const table = parseCsv(readFileSync(join(mssDir, "mss_2021_index_indikatoren.csv"), "utf8"));
  return table.rows
    .filter(({ values }) => values.KOM?.trim() === outlierRemark)
    .map(({ values }) => values.PLR_ID ?? "")
    .sort();
}

const indicators = (list: readonly IndexIndicator[]) =>
  list.map(({ indicatorKey, weight, polarity }) => ({ indicatorKey, weight, polarity }));

/** The published MSS 2021 method (packages/domain `mss2021Definition`) with its outliers named. */
export function mss2021DefinitionInput(): IndexDefinitionInput {
  const { key, name, status, dynamics, minPopulation } = mss2021Definition;
  return {
    key,
    name,
    description:
      "Index des Monitorings Soziale Stadtentwicklung Berlin 2021 (Senatsverwaltung für Stadtentwicklung, Bauen " +
      "und Wohnen), Methode nach dem Indikatorenheft, S. 41 und 45: Status-Index aus Arbeitslosigkeit (S1), " +
      "Transferbezug (S3) und Kinderarmut (S4) am 31.12.2020, Dynamik-Index aus ihren Veränderungen seit dem " +
      "31.12.2018 (D1, D3, D4). Planungsräume mit weniger als 300 Einwohner/innen und der als Ausreißer " +
      "gekennzeichnete Planungsraum bleiben ohne Zuordnung.",
    status: { indicators: indicators(status.indicators), thresholds: status.thresholds },
    dynamics: dynamics && { indicators: indicators(dynamics.indicators), thresholds: dynamics.thresholds },
    standardisation: "SAME_DATE",
    minPopulation,
    excludedAreaCodes: mssOutlierCodes(),
  };
}

/**
 * Stores the mss-2021 definition unless its key exists (a planner's edits are kept; an
 * archived definition stays archived) and computes it for the Planungsräume at the MSS
 * Stichtag unless such a run exists. Needs the areas and MSS indicators (seeded before).
 */
export async function seedIndexDefinitions(db: Database): Promise<void> {
  const definition =
    (await findIndexDefinitionRowByKey(db, mss2021Definition.key)) ??
    (await createIndexDefinition(db, seedActor, mss2021DefinitionInput()));
  if (definition.archivedAt) return;
  const scope = { definitionId: definition.id, level: "PLANUNGSRAUM", referenceDate: mssReferenceDate } as const;
  const { totalCount } = await listIndexRuns(db, scope, { first: 0 });
  if (totalCount === 0) await createIndexRun(db, seedActor, { ...scope, label: null });
}
