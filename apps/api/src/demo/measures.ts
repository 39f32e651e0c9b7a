// An example measure catalogue, fictional, shaped like the municipal catalogues of the early
// 2000s (e.g. Leeuwarden's "Armutsbekämpfung und Beschäftigung 2001–2004"): a Leitziel,
// strategic and operational goals, measures with responsible example organisations, real
// Neukölln Bezirksregionen, budgets, targets at all IOOI levels and actuals over time.
//
// Status mix: every target ends by 2004, so with today's date the statuses are stable for
// good (ACHIEVED, OFF_TRACK, NO_DATA). The monitoring report of the example is dated
// `exampleMonitoringDate` (31.12.2003); asked for that reference date
// (`GoalTarget.status(asOf: "2003-12-31")`), the same data shows ON_TRACK, AT_RISK,
// OFF_TRACK, ACHIEVED and NO_DATA. Both mixes depend only on fixed dates in the data.
import type { GoalLevel, ResultLevel } from "@sozialatlas/domain/measure";
import type { Database } from "../lib/db.ts";
import { createGoal } from "../modules/measure/goal.service.ts";
import {
  adoptVersion,
  createDraftVersion,
  createMeasureCatalogue,
  updateVersion,
} from "../modules/measure/measure.service.ts";
import { createGoalTarget, recordActuals } from "../modules/measure/target.service.ts";

const actor = "seed";

export const exampleCatalogueName = "Maßnahmenkatalog Armutsbekämpfung und Beschäftigung 2001–2004 (Beispiel)";
/** The conference example links a recommendation to this measure by its exact title. */
export const exampleCoordinationMeasureTitle = "Koordinierungsstelle für Angebote im Sozialraum (Beispiel)";
/** Stichtag of the example's monitoring report: the reference date that shows every status. */
export const exampleMonitoringDate = "2003-12-31";

const organisations = {
  bezirksamt: "Bezirksamt Beispielbezirk, Sozialplanung (Beispiel)",
  jobcenter: "Jobcenter Beispielbezirk (Beispiel)",
  handwerkskammer: "Handwerkskammer Beispielstadt (Beispiel)",
  jugendamt: "Jugendamt Beispielbezirk (Beispiel)",
  diakonie: "Diakonisches Nachbarschaftswerk (Beispiel)",
  tafel: "Tafel Kiez e. V. (Beispiel)",
  wohlfahrtsverband: "Wohlfahrtsverband Berlin e. V. (Beispiel)",
  caritativ: "Caritative Dienste Nord gGmbH (Beispiel)",
} as const;
type OrganisationKey = keyof typeof organisations;

interface TargetSpec {
  name: string;
  resultLevel: ResultLevel;
  unit: string;
  baseline: [value: number, date: string];
  target: [value: number, date: string];
  actuals: Array<[date: string, value: number, note?: string]>;
}

interface GoalSpec {
  level: GoalLevel;
  title: string;
  description?: string;
  responsible?: OrganisationKey;
  areaCodes?: string[];
  budget?: number;
  targets?: TargetSpec[];
  children?: GoalSpec[];
}

const report = (year: number) => `Jahresbericht ${year} (Beispielwert)`;

const tree: GoalSpec = {
  level: "LEITZIEL",
  title: "Teilhabe durch Arbeit und soziale Sicherung",
  description: "Menschen im Bezirk können von eigener Arbeit leben und sind vor Armut und Überschuldung geschützt.",
  responsible: "bezirksamt",
  areaCodes: ["08"],
  children: [
    {
      level: "STRATEGISCHES_ZIEL",
      title: "Langzeitarbeitslose Menschen kehren in Arbeit zurück",
      responsible: "jobcenter",
      children: [
        {
          level: "OPERATIVES_ZIEL",
          title: "Reintegrationsverläufe für Langzeitarbeitslose",
          description: "4.000 Reintegrationsverläufe 2001–2004, davon mindestens 1.200 mit Arbeitsaufnahme.",
          responsible: "jobcenter",
          areaCodes: ["081001", "081002", "081003", "081004", "081005"],
          targets: [
            {
              name: "Reintegrationsverläufe 2001–2004",
              resultLevel: "OUTPUT",
              unit: "Verläufe",
              baseline: [0, "2001-01-01"],
              target: [4000, "2004-12-31"],
              actuals: [
                ["2001-12-31", 950, report(2001)],
                ["2002-12-31", 1950, report(2002)],
                ["2003-12-31", 2900, report(2003)],
                ["2004-12-31", 4120, report(2004)],
              ],
            },
            {
              name: "davon mit Arbeitsaufnahme",
              resultLevel: "OUTCOME",
              unit: "Personen",
              baseline: [0, "2001-01-01"],
              target: [1200, "2004-12-31"],
              actuals: [
                ["2001-12-31", 200, report(2001)],
                ["2002-12-31", 480, report(2002)],
                ["2003-12-31", 700, report(2003)],
                ["2004-12-31", 1010, report(2004)],
              ],
            },
          ],
          children: [
            {
              level: "MASSNAHME",
              title: "Fallmanagement für Langzeitarbeitslose",
              description: "Feste Fallmanagerinnen und Fallmanager begleiten jeden Reintegrationsverlauf.",
              responsible: "jobcenter",
              areaCodes: ["081001", "081002", "081003", "081004", "081005"],
              budget: 1_450_000,
              targets: [
                {
                  name: "Stellen im Fallmanagement",
                  resultLevel: "INPUT",
                  unit: "Vollzeitstellen",
                  baseline: [0, "2001-01-01"],
                  target: [25, "2001-12-31"],
                  actuals: [
                    ["2001-03-31", 12, "Stellenplan (Beispielwert)"],
                    ["2001-06-30", 25, "Stellenplan (Beispielwert)"],
                  ],
                },
              ],
            },
            {
              level: "MASSNAHME",
              title: "Qualifizierung im Handwerk",
              description: "Modulare Teilqualifizierungen mit Abschluss vor der Kammer.",
              responsible: "handwerkskammer",
              areaCodes: ["081003", "081004"],
              budget: 380_000,
              targets: [
                {
                  name: "Abgeschlossene Teilqualifizierungen",
                  resultLevel: "OUTCOME",
                  unit: "Abschlüsse",
                  baseline: [0, "2002-01-01"],
                  target: [150, "2004-12-31"],
                  actuals: [
                    ["2002-12-31", 70, report(2002)],
                    ["2003-12-31", 160, report(2003)],
                  ],
                },
              ],
            },
          ],
        },
        {
          level: "OPERATIVES_ZIEL",
          title: "Junge Menschen finden einen Ausbildungsplatz",
          description: "Die Zahl der Jugendlichen ohne Ausbildungsplatz halbiert sich bis Ende 2004.",
          responsible: "jugendamt",
          areaCodes: ["083009", "083010"],
          targets: [
            {
              name: "Jugendliche ohne Ausbildungsplatz zum Ausbildungsbeginn",
              resultLevel: "IMPACT",
              unit: "Jugendliche",
              baseline: [180, "2001-01-01"],
              target: [90, "2004-12-31"],
              actuals: [
                ["2001-12-31", 165, report(2001)],
                ["2002-12-31", 150, report(2002)],
                ["2003-12-31", 125, report(2003)],
                ["2004-09-30", 88, "Nachvermittlungsbilanz 2004 (Beispielwert)"],
              ],
            },
          ],
          children: [
            {
              level: "MASSNAHME",
              title: "Ausbildungslotsen an Oberschulen",
              responsible: "jugendamt",
              areaCodes: ["083009", "083010"],
              budget: 210_000,
            },
          ],
        },
      ],
    },
    {
      level: "STRATEGISCHES_ZIEL",
      title: "Armut und Überschuldung verringern",
      responsible: "bezirksamt",
      children: [
        {
          level: "OPERATIVES_ZIEL",
          title: "Schuldnerberatung schnell erreichbar machen",
          description:
            "240 Anfragen bei der Schuldnerberatung im Jahr 2003, davon mindestens 40 von Reintegrationsteilnehmenden.",
          responsible: "diakonie",
          areaCodes: ["081002", "081004"],
          targets: [
            {
              name: "Anfragen Schuldnerberatung 2003",
              resultLevel: "OUTPUT",
              unit: "Anfragen",
              baseline: [0, "2003-01-01"],
              target: [240, "2003-12-31"],
              actuals: [
                ["2003-06-30", 110, "Halbjahresbericht (Beispielwert)"],
                ["2003-12-31", 251, report(2003)],
              ],
            },
            {
              name: "davon von Reintegrationsteilnehmenden",
              resultLevel: "OUTCOME",
              unit: "Anfragen",
              baseline: [0, "2003-01-01"],
              target: [40, "2003-12-31"],
              actuals: [
                ["2003-06-30", 9, "Halbjahresbericht (Beispielwert)"],
                ["2003-12-31", 22, report(2003)],
              ],
            },
          ],
          children: [
            {
              level: "MASSNAHME",
              title: "Offene Sprechstunde der Schuldnerberatung",
              description: "Zweimal wöchentlich ohne Termin, auch im Jobcenter.",
              responsible: "diakonie",
              areaCodes: ["081002", "081004"],
              budget: 180_000,
            },
            {
              level: "MASSNAHME",
              title: "Sozialberatung bei der Lebensmittelausgabe",
              responsible: "tafel",
              areaCodes: ["081001"],
              budget: 24_000,
              targets: [
                {
                  name: "Beratungsgespräche bei der Lebensmittelausgabe",
                  resultLevel: "OUTPUT",
                  unit: "Gespräche",
                  baseline: [0, "2003-01-01"],
                  target: [500, "2004-12-31"],
                  actuals: [],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      level: "STRATEGISCHES_ZIEL",
      title: "Angebote im Sozialraum vernetzen",
      responsible: "bezirksamt",
      children: [
        {
          level: "OPERATIVES_ZIEL",
          title: "Angebote im Quartier sind bekannt und erreichbar",
          responsible: "bezirksamt",
          areaCodes: ["083009", "083010"],
          children: [
            {
              level: "MASSNAHME",
              title: exampleCoordinationMeasureTitle,
              description: "Eine Stelle bündelt die Angebote der Träger im Quartier und vermittelt zwischen ihnen.",
              responsible: "wohlfahrtsverband",
              areaCodes: ["083009", "083010"],
              budget: 95_000,
              targets: [
                {
                  name: "Vernetzte Angebote im Angebotsverzeichnis",
                  resultLevel: "OUTPUT",
                  unit: "Angebote",
                  baseline: [0, "2002-01-01"],
                  target: [120, "2004-12-31"],
                  actuals: [
                    ["2002-12-31", 45, report(2002)],
                    ["2003-12-31", 92, report(2003)],
                    ["2004-06-30", 124, "Halbjahresbericht (Beispielwert)"],
                  ],
                },
              ],
            },
            {
              level: "MASSNAHME",
              title: "Stadtteilmütter besuchen Familien",
              responsible: "caritativ",
              areaCodes: ["083009"],
              budget: 160_000,
              targets: [
                {
                  name: "Erreichte Familien",
                  resultLevel: "OUTCOME",
                  unit: "Familien",
                  baseline: [0, "2002-01-01"],
                  target: [300, "2004-12-31"],
                  actuals: [
                    ["2002-12-31", 40, report(2002)],
                    ["2003-12-31", 95, report(2003)],
                    ["2004-12-31", 180, report(2004)],
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/**
 * Creates the example catalogue once (none with isExample yet): version 1 built, adopted by
 * the example council resolution and monitored with actuals, then version 2 as a draft copy.
 * Needs the example organisations (seedOrganisationExamples) and the Berlin areas.
 */
export async function seedMeasureCatalogueExample(db: Database): Promise<void> {
  if ((await db.prisma.measureCatalogue.count({ where: { isExample: true } })) > 0) return;
  const organisationIds = await findExampleOrganisations(db);

  const catalogue = await createMeasureCatalogue(
    db,
    actor,
    {
      name: exampleCatalogueName,
      description:
        "Fiktives Beispiel nach dem Muster kommunaler Maßnahmenkataloge der frühen 2000er Jahre. Alle Zahlen " +
        "sind Beispielwerte. Der Monitoringbericht des Beispiels hat den Stichtag 31.12.2003; zu diesem Stichtag " +
        "zeigt der Katalog alle Zielstatus (im Plan, gefährdet, nicht im Plan, erreicht).",
    },
    { isExample: true },
  );
  const adopted = await db.prisma.catalogueVersion.findFirstOrThrow({
    where: { catalogueId: catalogue.id, number: 1 },
  });
  await updateVersion(db, actor, adopted.id, { label: "Ratsfassung 2001" });

  const measured: Array<{ targetId: string; actuals: TargetSpec["actuals"] }> = [];
  async function create(spec: GoalSpec, parentId: string | null): Promise<void> {
    const goal = await createGoal(db, actor, {
      versionId: adopted.id,
      parentId,
      level: spec.level,
      title: spec.title,
      description: spec.description,
      responsibleOrganisationId: spec.responsible ? organisationIds[spec.responsible] : null,
      areaCodes: spec.areaCodes,
      budget: spec.budget,
    });
    for (const target of spec.targets ?? []) {
      const created = await createGoalTarget(db, actor, {
        goalId: goal.id,
        name: target.name,
        resultLevel: target.resultLevel,
        unit: target.unit,
        baselineValue: target.baseline[0],
        baselineDate: target.baseline[1],
        targetValue: target.target[0],
        targetDate: target.target[1],
      });
      measured.push({ targetId: created.id, actuals: target.actuals });
    }
    for (const child of spec.children ?? []) await create(child, goal.id);
  }
  await create(tree, null);

  await adoptVersion(db, actor, adopted.id, "2001-03-15", "Ratsbeschluss 2001/42 (Beispiel)");
  // Monitoring runs against the adopted version.
  for (const { targetId, actuals } of measured) {
    if (actuals.length === 0) continue;
    await recordActuals(
      db,
      actor,
      targetId,
      actuals.map(([date, value, note]) => ({ date, value, note })),
    );
  }
  const draft = await createDraftVersion(db, actor, catalogue.id, adopted.id);
  await updateVersion(db, actor, draft.id, { label: "Fortschreibung 2005 (Entwurf)" });
}

async function findExampleOrganisations(db: Database): Promise<Record<OrganisationKey, string>> {
  const names = Object.values(organisations);
  const rows = await db.prisma.organisation.findMany({
    where: { name: { in: names } },
    select: { id: true, name: true },
  });
  const idByName = new Map(rows.map((row) => [row.name, row.id]));
  const missing = names.filter((name) => !idByName.has(name));
  if (missing.length > 0) {
    throw new Error(
      `The example measure catalogue needs the example organisations (seedOrganisationExamples runs first); missing: ${missing.join(", ")}`,
    );
  }
  return Object.fromEntries(
    Object.entries(organisations).map(([key, name]) => [key, idByName.get(name) ?? ""]),
  ) as Record<OrganisationKey, string>;
}
