// An example Sozialraumkonferenz, fictional ("(Beispiel)"), shaped like the conferences
// municipalities such as Iserlohn hold before a Sozialbericht: experts from social institutions,
// faith communities, housing companies, welfare associations and the administration meet for a
// Sozialraum, work in groups, record needs, gaps and strengths and make recommendations whose
// status is reported in the next Sozialbericht. The Sozialraum is real: the two Bezirksregionen
// of Gropiusstadt in Neukölln (Berlin LOR 2021), where the BIWAQ example also runs.
import type { ConferenceInput } from "@sozialatlas/domain/conference";
import { conferenceInputSchema } from "@sozialatlas/domain/conference";
import type { Database } from "../lib/db.ts";
import { createConference } from "../modules/conference/conference.service.ts";
import { exampleCoordinationMeasureTitle } from "./measures.ts";
import { exampleOrganisationIds } from "./organisations.ts";

const actor = "seed";

export const exampleConferenceTitle = "Sozialraumkonferenz Gropiusstadt 2021 (Beispiel)";

const participants = [
  "Wohlfahrtsverband Berlin e. V. (Beispiel)",
  "Diakonisches Nachbarschaftswerk (Beispiel)",
  "Kirchengemeinde am Markt (Beispiel)",
  "Wohnungsbaugesellschaft Stadtgrün (Beispiel)",
  "Jugendamt Beispielbezirk (Beispiel)",
  "Bezirksamt Beispielbezirk, Sozialplanung (Beispiel)",
  "Jobcenter Beispielbezirk (Beispiel)",
  "Tafel Kiez e. V. (Beispiel)",
  "Selbsthilfegruppe Alleinerziehende (Beispiel)",
] as const;

/** The Bezirksregionen and their Planungsräume, looked up by their official names. */
async function gropiusstadtAreas(db: Database) {
  const regions = await db.prisma.area.findMany({
    where: {
      level: "BEZIRKSREGION",
      name: { in: ["Gropiusstadt West", "Gropiusstadt Ost"] },
      parent: { parent: { level: "BEZIRK", name: "Neukölln" } },
    },
    orderBy: { code: "asc" },
  });
  const planungsraeume = await db.prisma.area.findMany({
    where: { level: "PLANUNGSRAUM", parentId: { in: regions.map((region) => region.id) } },
  });
  const code = (name: string) => {
    const area = planungsraeume.find((candidate) => candidate.name === name);
    if (!area) throw new Error(`Planungsraum ${name} (Neukölln) not found; load the Berlin LOR 2021 areas first`);
    return area.code;
  };
  if (regions.length !== 2) {
    throw new Error("Bezirksregionen Gropiusstadt West/Ost (Neukölln) not found; load the Berlin LOR 2021 areas first");
  }
  return {
    regionCodes: regions.map((region) => region.code),
    nordWest: code("Gropiusstadt Nord-West"),
    suedWest: code("Gropiusstadt Süd-West"),
    mitte: code("Gropiusstadt Mitte"),
    suedOst: code("Gropiusstadt Süd-Ost"),
  };
}

/**
 * The coordination measure of the example catalogue. The catalogue has the adopted version
 * and a draft copy; the recommendation feeds the draft (the newest version), which is where
 * a planner would add the measure the conference asked for.
 */
async function coordinationMeasureId(db: Database): Promise<string> {
  const goal = await db.prisma.goal.findFirst({
    where: { title: exampleCoordinationMeasureTitle, archivedAt: null },
    orderBy: [{ version: { number: "desc" } }, { id: "asc" }],
  });
  if (!goal) {
    throw new Error(
      `Measure "${exampleCoordinationMeasureTitle}" not found; run seedMeasureCatalogueExample before the conference`,
    );
  }
  return goal.id;
}

/** Creates the example conference once (none with isExample yet), through the conference service. */
export async function seedConferenceExamples(db: Database): Promise<void> {
  if ((await db.prisma.conference.count({ where: { isExample: true } })) > 0) return;
  const organisationIds = await exampleOrganisationIds(db, participants);
  const areas = await gropiusstadtAreas(db);
  const measureId = await coordinationMeasureId(db);

  const input: ConferenceInput = {
    title: exampleConferenceTitle,
    date: "2021-11-17",
    location: "Gemeinschaftshaus Gropiusstadt (Beispiel)",
    summary:
      "28 Fachleute aus sozialen Einrichtungen, Kirchengemeinde, Wohnungswirtschaft, Wohlfahrtsverbänden und " +
      "Verwaltung haben in drei Arbeitsgruppen Bedarfe und Lücken der Gropiusstadt zusammengetragen. Die " +
      "Empfehlungen gehen in den Sozialbericht zum Stichtag 31.12.2021 ein; ihr Umsetzungsstand wird dort berichtet.",
    status: "DOCUMENTED",
    reportStichtag: "2021-12-31",
    areaCodes: areas.regionCodes,
    participantOrganisationIds: participants.map((name) => organisationIds.get(name) ?? ""),
    workingGroups: [
      { name: "Kinder und Familie", topic: "Kinderbetreuung, Familienbildung, Alleinerziehende" },
      { name: "Mobilität und Nahversorgung", topic: "Busanbindung, Einkaufen, Wege zu Ärzten und Ämtern" },
      { name: "Engagement und Nachbarschaft", topic: "Ehrenamt, Begegnungsorte, Zusammenarbeit der Träger" },
    ],
    findings: [
      {
        kind: "GAP",
        category: "kinderbetreuung",
        description:
          "Betreuungsplätze fehlen in Gropiusstadt Nord-West: Familien warten über ein Jahr auf einen Kitaplatz.",
        areaCode: areas.nordWest,
        workingGroupIndex: 0,
      },
      {
        kind: "NEED",
        category: "familie",
        description: "Alleinerziehende im Schichtdienst brauchen Betreuung in Randzeiten (vor 7 und nach 17 Uhr).",
        areaCode: null,
        workingGroupIndex: 0,
      },
      {
        kind: "GAP",
        category: "oepnv",
        description:
          "Die Busverbindung von Gropiusstadt Süd-Ost zu den Arztpraxen ist abends und am Wochenende stark ausgedünnt.",
        areaCode: areas.suedOst,
        workingGroupIndex: 1,
      },
      {
        kind: "GAP",
        category: "nahversorgung",
        description:
          "Seit der Schließung des Supermarkts fehlt in Gropiusstadt Mitte ein Lebensmittelgeschäft in Fußnähe.",
        areaCode: areas.mitte,
        workingGroupIndex: 1,
      },
      {
        kind: "GAP",
        category: "ehrenamt",
        description:
          "Es fehlt ein Netzwerk, das Ehrenamtliche von Kirchengemeinde, Tafel und Vereinen zusammenbringt und begleitet.",
        areaCode: null,
        workingGroupIndex: 2,
      },
      {
        kind: "GAP",
        category: "koordination",
        description:
          "Die Angebote der Träger sind einander kaum bekannt; niemand koordiniert die Angebote im Sozialraum.",
        areaCode: null,
        workingGroupIndex: 2,
      },
      {
        kind: "STRENGTH",
        category: "nachbarschaft",
        description:
          "Die Mieterbeiräte der Wohnungsbaugesellschaft in Gropiusstadt Süd-West sind aktiv und gut erreichbar.",
        areaCode: areas.suedWest,
        workingGroupIndex: 2,
      },
    ],
    recommendations: [
      {
        text: "Kita-Ausbau in Gropiusstadt Nord-West in die bezirkliche Kitaentwicklungsplanung aufnehmen.",
        status: "IN_PROGRESS",
        findingIndex: 0,
        goalIds: [],
      },
      {
        text: "Randzeitenbetreuung mit Trägern und Jugendamt an einem Standort modellhaft erproben.",
        status: "OPEN",
        findingIndex: 1,
        goalIds: [],
      },
      {
        text: "Taktverdichtung der Buslinie am Abend beim Verkehrsunternehmen beantragen.",
        status: "REJECTED",
        findingIndex: 2,
        goalIds: [],
      },
      {
        text: "Ehrenamtsbörse für die Gropiusstadt mit fester Ansprechperson aufbauen.",
        status: "IMPLEMENTED",
        findingIndex: 4,
        goalIds: [],
      },
      {
        text: "Koordinierungsstelle für die Angebote im Sozialraum einrichten.",
        status: "IN_PROGRESS",
        findingIndex: 5,
        goalIds: [measureId],
      },
    ],
  };
  conferenceInputSchema.parse(input);
  await createConference(db, actor, input, { isExample: true });
}
