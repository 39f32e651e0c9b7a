// The real Berlin "Monitoring Soziale Stadtentwicklung 2021" (MSS 2021) as indicators and
// observations: index indicators (status S1, S3, S4; dynamics D1, D3, D4), the context
// indicators that carry data, and residents (EW) for every level. See data/berlin/SOURCES.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "@sozialatlas/domain/csv";
import {
  type IndicatorInput,
  type MissingOrValue,
  mssCellToValue,
  noValueInSourceReason,
  type ObservationInput,
  shareUnit,
  sumCountsOverHierarchy,
} from "@sozialatlas/domain/indicator";
import { repoRoot } from "../lib/config.ts";
import type { Database } from "../lib/db.ts";
import { upsertIndicators } from "../modules/indicator/indicator.service.ts";
import { upsertObservations } from "../modules/indicator/observation.service.ts";

export const mssDir = join(repoRoot, "data/berlin/mss-2021");
/** ZEIT=202012 in the files: the Stichtag 31.12.2020. */
export const mssReferenceDate = "2020-12-31";
const seedActor = "seed";

const licence =
  "Open Data mit Namensnennung (CC BY 3.0 DE / dl-de/by-2-0), Amt für Statistik Berlin-Brandenburg; " +
  "Quelle: Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin";
const indexSource =
  "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin: Monitoring Soziale Stadtentwicklung 2021, " +
  "Index-Indikatoren je Planungsraum (FIS-Broker WFS s_IndexInd_MSS2021_homogen), Stichtag 31.12.2020";
const contextSource =
  "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin: Monitoring Soziale Stadtentwicklung 2021, " +
  "Kontextindikatoren je Planungsraum (FIS-Broker WFS s_KontextInd_MSS2021_homogen), Stichtag 31.12.2020";

type File = "index" | "context";
interface MssIndicator extends IndicatorInput {
  file: File;
  column: string;
}

type Definition = Omit<
  IndicatorInput,
  "unit" | "source" | "licence" | "decimals" | "numeratorDefinition" | "denominatorDefinition"
> &
  Partial<Pick<IndicatorInput, "numeratorDefinition" | "denominatorDefinition">>;

const changeUnit = "Prozentpunkte";

function mss(file: File, column: string, unit: string, definition: Definition): MssIndicator {
  return {
    file,
    column,
    unit,
    source: file === "index" ? indexSource : contextSource,
    licence,
    // The files carry up to five decimals; the MSS publishes two.
    decimals: 2,
    numeratorDefinition: null,
    denominatorDefinition: null,
    ...definition,
  };
}

const residents = "Einwohnerinnen und Einwohner";

/**
 * Status indicators are shares per 100 on 31.12.2020; dynamics are their change from
 * 31.12.2018 to 31.12.2020 in percentage points. S2/D2 (long-term unemployment) are empty in
 * the files: no longer used since 2019. The context indicators KI_08, KI_14 and KI_15 are empty
 * as well (only the sentinel in the invalid rows) and are left out.
 *
 * Polarity: only indicators of deprivation are HIGHER_IS_WORSE. Indicators that describe who
 * lives somewhere (migration background, nationality, household type, moves) are NEUTRAL:
 * they show where support may be needed, not that an area is worse.
 */
export const mssIndicators: readonly MssIndicator[] = [
  mss("index", "S1", shareUnit, {
    key: "mss2021.s1",
    name: "Arbeitslosigkeit",
    description:
      "Arbeitslose nach SGB II je 100 Einwohnerinnen und Einwohner im Alter von 15 Jahren bis zum Rentenalter, " +
      "am 31.12.2020 (MSS 2021, Status-Indikator S1). Ein hoher Wert bedeutet viele Arbeitslose in der Grundsicherung.",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition: "Arbeitslose nach SGB II (Grundsicherung für Arbeitsuchende)",
    denominatorDefinition: `${residents} von 15 Jahren bis zum Rentenalter`,
    topic: "Arbeit",
  }),
  mss("index", "S3", shareUnit, {
    key: "mss2021.s3",
    name: "Transferbezug",
    description:
      "Nicht arbeitslose Empfängerinnen und Empfänger von Leistungen nach SGB II sowie nach SGB XII Kap. 3 und 4 " +
      "(außerhalb von Einrichtungen) je 100 Einwohnerinnen und Einwohner, am 31.12.2020 (MSS 2021, Status-Indikator S3).",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition:
      "Nicht arbeitslose Leistungsbeziehende nach SGB II und Leistungsbeziehende nach SGB XII Kap. 3/4 außerhalb von Einrichtungen",
    denominatorDefinition: residents,
    topic: "Armut",
  }),
  mss("index", "S4", shareUnit, {
    key: "mss2021.s4",
    name: "Kinderarmut",
    description:
      "Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II je 100 Einwohnerinnen und Einwohner unter 15 Jahren, " +
      "am 31.12.2020 (MSS 2021, Status-Indikator S4).",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition: "Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II",
    denominatorDefinition: `${residents} unter 15 Jahren`,
    topic: "Armut",
  }),
  mss("index", "D1", changeUnit, {
    key: "mss2021.d1",
    name: "Veränderung Arbeitslosigkeit",
    description:
      "Veränderung der Arbeitslosigkeit (S1) vom 31.12.2018 zum 31.12.2020 in Prozentpunkten (MSS 2021, " +
      "Dynamik-Indikator D1). Ein positiver Wert bedeutet: der Anteil ist gestiegen.",
    polarity: "HIGHER_IS_WORSE",
    topic: "Arbeit",
  }),
  mss("index", "D3", changeUnit, {
    key: "mss2021.d3",
    name: "Veränderung Transferbezug",
    description:
      "Veränderung des Transferbezugs (S3) vom 31.12.2018 zum 31.12.2020 in Prozentpunkten (MSS 2021, " +
      "Dynamik-Indikator D3). Ein positiver Wert bedeutet: der Anteil ist gestiegen.",
    polarity: "HIGHER_IS_WORSE",
    topic: "Armut",
  }),
  mss("index", "D4", changeUnit, {
    key: "mss2021.d4",
    name: "Veränderung Kinderarmut",
    description:
      "Veränderung der Kinderarmut (S4) vom 31.12.2018 zum 31.12.2020 in Prozentpunkten (MSS 2021, " +
      "Dynamik-Indikator D4). Ein positiver Wert bedeutet: der Anteil ist gestiegen.",
    polarity: "HIGHER_IS_WORSE",
    topic: "Armut",
  }),
  mss("context", "KI_01", shareUnit, {
    key: "mss2021.ki01",
    name: "Jugendarbeitslosigkeit",
    description:
      "Arbeitslose unter 25 Jahren je 100 Einwohnerinnen und Einwohner von 15 bis unter 25 Jahren, am 31.12.2020 " +
      "(MSS 2021, Kontextindikator K01).",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition: "Arbeitslose unter 25 Jahren",
    denominatorDefinition: `${residents} von 15 bis unter 25 Jahren`,
    topic: "Arbeit",
  }),
  mss("context", "KI_02", shareUnit, {
    key: "mss2021.ki02",
    name: "Alleinerziehende",
    description:
      "Haushalte von Alleinerziehenden je 100 Haushalte mit Kindern unter 18 Jahren, am 31.12.2020 " +
      "(MSS 2021, Kontextindikator K02).",
    polarity: "NEUTRAL",
    numeratorDefinition: "Haushalte von Alleinerziehenden mit Kindern unter 18 Jahren",
    denominatorDefinition: "Haushalte mit Kindern unter 18 Jahren",
    topic: "Familie",
  }),
  mss("context", "KI_03", shareUnit, {
    key: "mss2021.ki03",
    name: "Altersarmut",
    description:
      "Empfängerinnen und Empfänger von Grundsicherung im Alter (SGB XII Kap. 4, außerhalb von Einrichtungen) " +
      "ab 65 Jahren je 100 Einwohnerinnen und Einwohner ab 65 Jahren, am 31.12.2020 (MSS 2021, Kontextindikator K03).",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition:
      "Empfängerinnen und Empfänger von Grundsicherung im Alter ab 65 Jahren, außerhalb von Einrichtungen",
    denominatorDefinition: `${residents} ab 65 Jahren`,
    topic: "Armut",
  }),
  mss("context", "KI_04", shareUnit, {
    key: "mss2021.ki04",
    name: "Kinder und Jugendliche mit Migrationshintergrund",
    description:
      "Einwohnerinnen und Einwohner unter 18 Jahren mit Migrationshintergrund je 100 Einwohnerinnen und Einwohner " +
      "unter 18 Jahren, am 31.12.2020 (MSS 2021, Kontextindikator K04).",
    polarity: "NEUTRAL",
    numeratorDefinition: `${residents} unter 18 Jahren mit Migrationshintergrund`,
    denominatorDefinition: `${residents} unter 18 Jahren`,
    topic: "Migration",
  }),
  mss("context", "KI_05", shareUnit, {
    key: "mss2021.ki05",
    name: "Einwohnerinnen und Einwohner mit Migrationshintergrund",
    description:
      "Einwohnerinnen und Einwohner mit Migrationshintergrund je 100 Einwohnerinnen und Einwohner, am 31.12.2020 " +
      "(MSS 2021, Kontextindikator K05).",
    polarity: "NEUTRAL",
    numeratorDefinition: `${residents} mit Migrationshintergrund`,
    denominatorDefinition: residents,
    topic: "Migration",
  }),
  mss("context", "KI_16", shareUnit, {
    key: "mss2021.ki16",
    name: "Ausländerinnen und Ausländer",
    description:
      "Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit je 100 Einwohnerinnen und Einwohner, " +
      "am 31.12.2020 (MSS 2021, Kontextindikator K16).",
    polarity: "NEUTRAL",
    numeratorDefinition: "Ausländerinnen und Ausländer",
    denominatorDefinition: residents,
    topic: "Migration",
  }),
  mss("context", "KI_06", changeUnit, {
    key: "mss2021.ki06",
    name: "Veränderung Ausländeranteil",
    description:
      "Veränderung des Anteils der Ausländerinnen und Ausländer an den Einwohnerinnen und Einwohnern vom 31.12.2018 " +
      "zum 31.12.2020 in Prozentpunkten (MSS 2021, Kontextindikator K06).",
    polarity: "NEUTRAL",
    topic: "Migration",
  }),
  mss("context", "KI_17", shareUnit, {
    key: "mss2021.ki17",
    name: "Nicht-EU-Ausländerinnen und -Ausländer",
    description:
      "Ausländerinnen und Ausländer aus Staaten außerhalb der EU je 100 Ausländerinnen und Ausländer, am 31.12.2020 " +
      "(MSS 2021, Kontextindikator K17). Bezugsgröße sind die Ausländer, nicht alle Einwohner.",
    polarity: "NEUTRAL",
    numeratorDefinition: "Ausländerinnen und Ausländer aus Staaten außerhalb der EU",
    denominatorDefinition: "Ausländerinnen und Ausländer",
    topic: "Migration",
  }),
  mss("context", "KI_07", shareUnit, {
    key: "mss2021.ki07",
    name: "Transferbezug von Ausländerinnen und Ausländern",
    description:
      "Ausländerinnen und Ausländer, die existenzsichernde Transferleistungen (SGB II, SGB XII) beziehen, je 100 " +
      "ausländische Einwohnerinnen und Einwohner, am 31.12.2020 (MSS 2021, Kontextindikator K07).",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition: "Ausländische Empfängerinnen und Empfänger existenzsichernder Transferleistungen",
    denominatorDefinition: "Ausländerinnen und Ausländer",
    topic: "Armut",
  }),
  mss("context", "KI_09", shareUnit, {
    key: "mss2021.ki09",
    name: "Einfache Wohnlage",
    description:
      "Einwohnerinnen und Einwohner in einfacher Wohnlage nach dem Berliner Mietspiegel je 100 Einwohnerinnen und " +
      "Einwohner, am 31.12.2020 (MSS 2021, Kontextindikator K09).",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition: `${residents} in Adressen mit einfacher Wohnlage`,
    denominatorDefinition: residents,
    topic: "Wohnen",
  }),
  mss("context", "KI_10", shareUnit, {
    key: "mss2021.ki10",
    name: "Wohndauer über 5 Jahre",
    description:
      "Einwohnerinnen und Einwohner, die seit mehr als fünf Jahren an derselben Adresse wohnen, je 100 Einwohnerinnen " +
      "und Einwohner, am 31.12.2020 (MSS 2021, Kontextindikator K10). Ein hoher Wert spricht für eine stabile Nachbarschaft.",
    polarity: "HIGHER_IS_BETTER",
    numeratorDefinition: `${residents} mit mehr als fünf Jahren Wohndauer an derselben Adresse`,
    denominatorDefinition: residents,
    topic: "Wohnen",
  }),
  mss("context", "KI_11", "je 100 Einwohner", {
    key: "mss2021.ki11",
    name: "Wanderungsvolumen",
    description:
      "Zuzüge und Fortzüge zusammen je 100 Einwohnerinnen und Einwohner, im Jahresdurchschnitt 2019–2020 " +
      "(MSS 2021, Kontextindikator K11). Werte über 100 sind möglich: Zählgröße sind Umzüge, nicht Personen.",
    polarity: "NEUTRAL",
    numeratorDefinition: "Zuzüge plus Fortzüge",
    denominatorDefinition: residents,
    topic: "Bevölkerung",
  }),
  mss("context", "KI_12", "je 100 Einwohner", {
    key: "mss2021.ki12",
    name: "Wanderungssaldo",
    description:
      "Zuzüge minus Fortzüge je 100 Einwohnerinnen und Einwohner, im Jahresdurchschnitt 2019–2020 " +
      "(MSS 2021, Kontextindikator K12). Ein negativer Wert bedeutet: mehr Menschen ziehen weg als zu.",
    polarity: "NEUTRAL",
    numeratorDefinition: "Zuzüge minus Fortzüge",
    denominatorDefinition: residents,
    topic: "Bevölkerung",
  }),
  mss("context", "KI_13", "je 100 Einwohner unter 6 Jahren", {
    key: "mss2021.ki13",
    name: "Wanderungssaldo von Kindern unter 6 Jahren",
    description:
      "Zuzüge minus Fortzüge von Kindern unter 6 Jahren je 100 Einwohnerinnen und Einwohner unter 6 Jahren, " +
      "im Jahresdurchschnitt 2019–2020 (MSS 2021, Kontextindikator K13). Zeigt, ob Familien mit kleinen Kindern zu- oder wegziehen.",
    polarity: "NEUTRAL",
    numeratorDefinition: "Zuzüge minus Fortzüge von Kindern unter 6 Jahren",
    denominatorDefinition: `${residents} unter 6 Jahren`,
    topic: "Bevölkerung",
  }),
];

export const residentsIndicator: IndicatorInput = {
  key: "ew",
  name: "Einwohnerinnen und Einwohner",
  description:
    "Zahl der Einwohnerinnen und Einwohner am Stichtag, je Planungsraum wie im MSS 2021 veröffentlicht (31.12.2020). " +
    "Für Bezirksregionen, Prognoseräume, Bezirke und die Stadt ist es die Summe ihrer Planungsräume.",
  unit: "Personen",
  polarity: "NEUTRAL",
  numeratorDefinition: null,
  denominatorDefinition: null,
  topic: "Bevölkerung",
  source: indexSource,
  licence,
  decimals: 0,
};

const residentsSumSource = "Summe der Planungsräume, berechnet aus MSS 2021 (Einwohnerinnen und Einwohner)";

interface MssRow {
  plr: string;
  /** Validity remark KOM: "gültig", "ungültig (EW unter 300)", "ungültig (Ausreißer)". */
  validity: string;
  cells: Record<string, string>;
}

function readMssFile(file: string): Map<string, MssRow> {
  const table = parseCsv(readFileSync(join(mssDir, file), "utf8"));
  const rows = new Map<string, MssRow>();
  for (const { line, values } of table.rows) {
    const plr = values.PLR_ID ?? "";
    if (!/^\d{8}$/.test(plr)) throw new Error(`${file} line ${line}: PLR_ID "${plr}" is not an 8-digit code`);
    if (values.ZEIT !== "202012") throw new Error(`${file} line ${line}: expected ZEIT 202012, found ${values.ZEIT}`);
    rows.set(plr, { plr, validity: values.KOM ?? "", cells: values });
  }
  return rows;
}

/** Residents of one Planungsraum: from the index file, else from the context file (see below). */
function residentsOf(plr: string, index: MssRow, context: MssRow): MissingOrValue & { source: string | null } {
  const fromIndex = index.cells.EW ?? "";
  if (fromIndex !== "") return { ...mssCellToValue(fromIndex, index.validity), source: null };
  // One row (03400831 Pankower Tor, no residents yet) has an empty EW in the index file but
  // 0 in the context file of the same release; take that rather than leaving a gap that would
  // make every sum above it incomplete.
  const fromContext = context.cells.EW ?? "";
  if (fromContext !== "") return { ...mssCellToValue(fromContext, context.validity), source: contextSource };
  return { value: null, missingReason: `${noValueInSourceReason} (${plr})`, source: null };
}

/**
 * Reads both MSS 2021 files and returns the observation rows: every indicator for all 542
 * Planungsräume at 31.12.2020, and residents for every level. Invalid rows carry the
 * sentinel -9999: those values become missing with the row's validity remark as reason.
 *
 * Residents are a count, so higher levels are sums of their Planungsräume along the
 * hierarchy in `areas` (from the database). The shares (S1 …, KI_…) are NOT aggregated:
 * their numerators and denominators are not published, and an average of shares is wrong.
 */
export function mssObservationRows(
  areas: ReadonlyArray<{ code: string; parentCode: string | null }>,
  skipKeys: ReadonlySet<string> = new Set(),
): ObservationInput[] {
  const index = readMssFile("mss_2021_index_indikatoren.csv");
  const context = readMssFile("mss_2021_kontext_indikatoren.csv");
  const observation = (indicatorKey: string, areaCode: string, cell: MissingOrValue, source: string | null = null) => ({
    indicatorKey,
    areaCode,
    referenceDate: mssReferenceDate,
    value: cell.value,
    numerator: null,
    denominator: null,
    missingReason: cell.missingReason,
    provisional: false,
    estimated: false,
    suppressed: false,
    breakInSeries: false,
    source,
    extractedAt: null,
  });

  const rows: ObservationInput[] = [];
  const residentsByPlr = new Map<string, number | null>();
  for (const [plr, indexRow] of index) {
    const contextRow = context.get(plr);
    if (!contextRow) throw new Error(`Planungsraum ${plr} is missing in the context file`);
    for (const indicator of mssIndicators) {
      if (skipKeys.has(indicator.key)) continue;
      const row = indicator.file === "index" ? indexRow : contextRow;
      const cell = row.cells[indicator.column];
      if (cell === undefined) throw new Error(`column ${indicator.column} is missing in the ${indicator.file} file`);
      rows.push(observation(indicator.key, plr, mssCellToValue(cell, row.validity)));
    }
    const ew = residentsOf(plr, indexRow, contextRow);
    residentsByPlr.set(plr, ew.value);
    if (!skipKeys.has(residentsIndicator.key)) rows.push(observation(residentsIndicator.key, plr, ew, ew.source));
  }
  if (!skipKeys.has(residentsIndicator.key)) {
    for (const [code, total] of sumCountsOverHierarchy(residentsByPlr, areas)) {
      rows.push(observation(residentsIndicator.key, code, total, residentsSumSource));
    }
  }
  return rows;
}

/**
 * Creates the MSS indicator definitions or brings them up to date. Archived ones are left
 * alone: a planner archived them on purpose, seeding again must not bring them back.
 * Returns the keys of the archived ones, whose observations are skipped too.
 */
async function upsertMssIndicators(db: Database): Promise<Set<string>> {
  const definitions: IndicatorInput[] = [
    ...mssIndicators.map(({ file: _file, column: _column, ...definition }) => definition),
    residentsIndicator,
  ];
  const archived = new Set(
    (
      await db.prisma.indicator.findMany({
        where: { key: { in: definitions.map((definition) => definition.key) }, archivedAt: { not: null } },
        select: { key: true },
      })
    ).map((row) => row.key),
  );
  await upsertIndicators(
    db,
    seedActor,
    definitions.filter((definition) => !archived.has(definition.key)),
  );
  return archived;
}

/**
 * Seeds the MSS 2021 indicators and their ~11,600 observations. Idempotent: indicators are
 * matched by key, observations by (indicator, area, Stichtag); a second run writes nothing.
 * Needs the Berlin areas (seeded before).
 */
export async function seedMssIndicators(db: Database): Promise<void> {
  const archived = await upsertMssIndicators(db);
  const areas = await db.prisma.area.findMany({ select: { id: true, code: true, parentId: true } });
  const codeById = new Map(areas.map((area) => [area.id, area.code]));
  const hierarchy = areas.map((area) => ({
    code: area.code,
    parentCode: area.parentId ? (codeById.get(area.parentId) ?? null) : null,
  }));
  await upsertObservations(db, seedActor, mssObservationRows(hierarchy, archived));
}
