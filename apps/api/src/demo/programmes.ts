// Example funding programmes, fictional: names end with "(Beispiel)", every number is an
// example value. They show the families a Bezirk runs with Jobcenter, Land, Bund and EU (BIWAQ
// in a Sozialer-Zusammenhalt quarter, § 16i, § 16e, supported apprenticeships, Arbeitsgelegen-
// heiten, a Landesprogramm, a municipal project) with budgets per year and source, partners,
// places and results. Funding areas are real Berlin LOR 2021 areas in Neukölln.
import { type ProgrammeInput, programmeInputSchema } from "@sozialatlas/domain/programme";
import type { Database } from "../lib/db.ts";
import { createProgramme } from "../modules/programme/programme.service.ts";
import { exampleOrganisationIds } from "./organisations.ts";

const actor = "seed";

export const exampleBiwaqName = "BIWAQ – Arbeit und Ausbildung im Quartier Gropiusstadt (Beispiel)";

const organisations = {
  jobcenter: "Jobcenter Beispielbezirk (Beispiel)",
  wohlfahrtsverband: "Wohlfahrtsverband Berlin e. V. (Beispiel)",
  kreisverband: "Wohlfahrtsverband Kreisverband Süd (Beispiel)",
  caritativ: "Caritative Dienste Nord gGmbH (Beispiel)",
  diakonie: "Diakonisches Nachbarschaftswerk (Beispiel)",
  tafel: "Tafel Kiez e. V. (Beispiel)",
  arbeitslosenzentrum: "Arbeitslosenzentrum Kiez (Beispiel)",
  handwerkskammer: "Handwerkskammer Beispielstadt (Beispiel)",
  hochschule: "Hochschule für Soziale Arbeit (Beispiel)",
  gesundheitskasse: "Gesundheitskasse Nordost (Beispiel)",
  jugendamt: "Jugendamt Beispielbezirk (Beispiel)",
  wohnungsbau: "Wohnungsbaugesellschaft Stadtgrün (Beispiel)",
  kirchengemeinde: "Kirchengemeinde am Markt (Beispiel)",
  selbsthilfe: "Selbsthilfegruppe Alleinerziehende (Beispiel)",
  bezirksamt: "Bezirksamt Beispielbezirk, Sozialplanung (Beispiel)",
} as const;
type OrganisationKey = keyof typeof organisations;

/** Input with organisations named by key; turned into ids once they are looked up. */
type ExampleProgramme = Omit<ProgrammeInput, "leadOrganisationId" | "partners"> & {
  lead: OrganisationKey;
  partners: Array<[OrganisationKey, string]>;
};

type Line = ProgrammeInput["budgetLines"][number];
const perYear = (
  years: readonly number[],
  sourceType: Line["sourceType"],
  sourceName: string,
  amounts: readonly number[],
): Line[] => years.map((year, i) => ({ year, sourceType, sourceName, amount: amounts[i] ?? 0 }));

const neukoelln = "08";

function examples(gropiusstadt: readonly string[]): ExampleProgramme[] {
  const years = [2023, 2024, 2025, 2026] as const;
  return [
    {
      name: exampleBiwaqName,
      family: "BIWAQ",
      legalBasis: "Förderrichtlinie BIWAQ im ESF Plus 2021–2027",
      description:
        "Coaching, Qualifizierung und Ausbildungsvermittlung für Langzeitarbeitslose und junge Menschen aus der " +
        "Gropiusstadt, verbunden mit der Stärkung der lokalen Betriebe. Läuft im Fördergebiet des Programms " +
        "Sozialer Zusammenhalt.",
      startDate: "2023-01-01",
      endDate: "2026-12-31",
      round: "Förderrunde 2023–2026",
      targetGroups: ["Langzeitarbeitslose ab 27 Jahren", "Junge Menschen unter 27 ohne Ausbildung", "Lokale Betriebe"],
      lead: "kreisverband",
      partners: [
        ["jobcenter", "Zuweisung der Teilnehmenden"],
        ["handwerkskammer", "Ausbildungsakquise in Betrieben"],
        ["wohnungsbau", "Projekträume im Quartier"],
        ["bezirksamt", "Steuerung und Kofinanzierung"],
      ],
      placesPlanned: 120,
      placesFilled: 104,
      participants: 287,
      budgetLines: [
        ...perYear(years, "EU", "ESF Plus", [312_000, 326_400, 331_200, 298_800]),
        ...perYear(years, "BUND", "BMWSB", [168_000, 175_750, 178_300, 160_900]),
        ...perYear(years, "KOMMUNE", "Bezirk (Kofinanzierung)", [24_000, 24_000, 25_000, 25_000]),
      ],
      areaCodes: [...gropiusstadt],
      results: [
        { kind: "OUTPUT", label: "Teilnehmende seit Projektbeginn", value: 287, unit: "Personen", asOf: "2024-12-31" },
        { kind: "OUTPUT", label: "Beratene lokale Betriebe", value: 46, unit: "Betriebe", asOf: "2024-12-31" },
        {
          kind: "OUTCOME",
          label: "Übergänge in Beschäftigung oder Ausbildung",
          value: 31,
          unit: "% der Austritte",
          asOf: "2024-12-31",
        },
        { kind: "OUTCOME", label: "Begonnene Ausbildungen", value: 24, unit: "Personen", asOf: "2024-12-31" },
      ],
    },
    {
      name: "Quartiersmanagement Gropiusstadt – Sozialer Zusammenhalt (Beispiel)",
      family: "SOZIALER_ZUSAMMENHALT",
      legalBasis: "Städtebauförderung, Programm Sozialer Zusammenhalt (§ 171e BauGB)",
      description:
        "Quartiersmanagement mit Quartiersrat und Projektfonds: Nachbarschaftsprojekte, Begegnungsorte und " +
        "Beteiligung der Bewohnerinnen und Bewohner.",
      startDate: "2022-01-01",
      endDate: "2027-12-31",
      round: "Verstetigungsphase 2022–2027",
      targetGroups: ["Bewohnerinnen und Bewohner des Quartiers", "Initiativen und Vereine im Quartier"],
      lead: "diakonie",
      partners: [
        ["bezirksamt", "Gebietskoordination"],
        ["wohnungsbau", "Eigentümerin, Kofinanzierung von Projekten"],
        ["kirchengemeinde", "Mitglied im Quartiersrat"],
      ],
      placesPlanned: null,
      placesFilled: null,
      participants: null,
      budgetLines: [
        ...perYear([2022, 2023, 2024, 2025], "BUND", "Städtebauförderung Bund", [180_000, 185_000, 190_000, 190_000]),
        ...perYear([2022, 2023, 2024, 2025], "LAND", "Land Berlin", [360_000, 370_000, 380_000, 380_000]),
        ...perYear(
          [2022, 2023, 2024, 2025],
          "SONSTIGE",
          "Wohnungsbaugesellschaft (Projektmittel)",
          [15_000, 15_000, 20_000, 20_000],
        ),
      ],
      areaCodes: [...gropiusstadt],
      results: [
        { kind: "OUTPUT", label: "Geförderte Nachbarschaftsprojekte", value: 18, unit: "Projekte", asOf: "2024-12-31" },
        { kind: "OUTPUT", label: "Sitzungen des Quartiersrats", value: 10, unit: "Sitzungen", asOf: "2024-12-31" },
        {
          kind: "OUTCOME",
          label: "Aktive Mitglieder im Quartiersrat",
          value: 21,
          unit: "Personen",
          asOf: "2024-12-31",
        },
      ],
    },
    {
      name: "Teilhabe am Arbeitsmarkt Beispielbezirk (Beispiel)",
      family: "SGB2_16I",
      legalBasis: "§ 16i SGB II",
      description:
        "Sozialversicherungspflichtige Beschäftigung mit Lohnkostenzuschuss für Menschen, die seit mindestens sechs " +
        "Jahren Bürgergeld beziehen, mit ganzheitlichem beschäftigungsbegleitendem Coaching.",
      startDate: "2023-01-01",
      endDate: "2026-12-31",
      round: null,
      targetGroups: ["Sehr arbeitsmarktferne Langzeitleistungsbeziehende"],
      lead: "jobcenter",
      partners: [
        ["caritativ", "Arbeitgeber und Coaching"],
        ["tafel", "Einsatzstelle"],
        ["arbeitslosenzentrum", "Beratung der Beschäftigten"],
      ],
      placesPlanned: 620,
      placesFilled: 588,
      participants: 702,
      budgetLines: [
        ...perYear(
          years,
          "JOBCENTER",
          "Eingliederungsbudget (Lohnkostenzuschüsse)",
          [13_650_000, 14_200_000, 14_480_000, 14_480_000],
        ),
        ...perYear(years, "BUND", "Passiv-Aktiv-Transfer", [1_820_000, 1_900_000, 1_950_000, 1_950_000]),
        ...perYear(years, "LAND", "Land Berlin (Coaching)", [420_000, 450_000, 450_000, 450_000]),
      ],
      areaCodes: [neukoelln],
      results: [
        { kind: "OUTPUT", label: "Besetzte geförderte Stellen", value: 588, unit: "Plätze", asOf: "2024-12-31" },
        {
          kind: "OUTPUT",
          label: "Begleitete Beschäftigte seit Beginn",
          value: 702,
          unit: "Personen",
          asOf: "2024-12-31",
        },
        {
          kind: "OUTCOME",
          label: "Übergang in ungeförderte Beschäftigung",
          value: 17,
          unit: "% der Austritte",
          asOf: "2024-12-31",
        },
      ],
    },
    {
      name: "Eingliederung von Langzeitarbeitslosen – Lohnkostenzuschuss (Beispiel)",
      family: "SGB2_16E",
      legalBasis: "§ 16e SGB II",
      description: "Zwei Jahre Lohnkostenzuschuss (75 % im ersten, 50 % im zweiten Jahr) mit Coaching.",
      startDate: "2024-01-01",
      endDate: "2025-12-31",
      round: null,
      targetGroups: ["Langzeitarbeitslose (mindestens zwei Jahre arbeitslos)"],
      lead: "jobcenter",
      partners: [["handwerkskammer", "Ansprache von Arbeitgebern"]],
      placesPlanned: 180,
      placesFilled: 142,
      participants: 163,
      budgetLines: perYear(
        [2024, 2025],
        "JOBCENTER",
        "Eingliederungsbudget (Lohnkostenzuschüsse)",
        [2_350_000, 2_480_000],
      ),
      areaCodes: [neukoelln],
      results: [
        {
          kind: "OUTCOME",
          label: "Weiterbeschäftigung nach Förderende",
          value: 46,
          unit: "% der Austritte",
          asOf: "2025-06-30",
        },
      ],
    },
    {
      name: "Ausbildung mit Rückenwind – begleitete Verbundausbildung (Beispiel)",
      family: "ESF_PLUS",
      legalBasis: "ESF-Plus-Förderrichtlinie Ausbildung des Landes (Beispiel)",
      description:
        "Betriebliche Ausbildung im Verbund mit sozialpädagogischer Begleitung und Nachhilfe für junge Menschen, " +
        "die sonst keinen Ausbildungsplatz finden.",
      startDate: "2024-08-01",
      endDate: "2027-07-31",
      round: "Ausbildungsjahrgang 2024",
      targetGroups: ["Junge Menschen unter 25 ohne Ausbildungsplatz"],
      lead: "handwerkskammer",
      partners: [
        ["jobcenter", "Zuweisung U25"],
        ["jugendamt", "Jugendberufsagentur"],
        ["hochschule", "Begleitende Evaluation"],
      ],
      placesPlanned: 102,
      placesFilled: 97,
      participants: 108,
      budgetLines: [
        ...perYear([2024, 2025, 2026, 2027], "EU", "ESF Plus", [248_000, 612_000, 612_000, 364_000]),
        ...perYear([2024, 2025, 2026, 2027], "LAND", "Land Berlin", [165_300, 408_000, 408_000, 242_700]),
      ],
      areaCodes: [neukoelln],
      results: [
        {
          kind: "OUTPUT",
          label: "Abgeschlossene Ausbildungsverträge",
          value: 102,
          unit: "Verträge",
          asOf: "2024-10-31",
        },
        { kind: "OUTCOME", label: "Ausbildungsabbrüche", value: 9, unit: "%", asOf: "2025-07-31" },
      ],
    },
    {
      name: "Arbeitsgelegenheiten im Sozialraum (Beispiel)",
      family: "SONSTIGES",
      legalBasis: "§ 16d SGB II",
      description:
        "Zusätzliche, im öffentlichen Interesse liegende Tätigkeiten (Stadtteilservice, Lebensmittelausgabe, " +
        "Gemeindegärten) mit Mehraufwandsentschädigung.",
      startDate: "2024-01-01",
      endDate: "2025-12-31",
      round: null,
      targetGroups: ["Arbeitsmarktferne Bürgergeldbeziehende"],
      lead: "jobcenter",
      partners: [
        ["kreisverband", "Maßnahmeträger"],
        ["tafel", "Einsatzstelle"],
        ["kirchengemeinde", "Einsatzstelle"],
      ],
      placesPlanned: 400,
      placesFilled: 356,
      participants: 512,
      budgetLines: perYear([2024, 2025], "JOBCENTER", "Eingliederungsbudget (Maßnahmekosten)", [1_920_000, 1_920_000]),
      areaCodes: [neukoelln],
      results: [
        { kind: "OUTPUT", label: "Teilnehmende 2024", value: 512, unit: "Personen", asOf: "2024-12-31" },
        {
          kind: "OUTCOME",
          label: "Anschluss in Qualifizierung oder Arbeit",
          value: 12,
          unit: "% der Austritte",
          asOf: "2024-12-31",
        },
      ],
    },
    {
      name: "Familienlotsinnen im Kiez – Landesprogramm (Beispiel)",
      family: "LANDESPROGRAMM",
      legalBasis: "Landesförderrichtlinie Familienförderung (Beispiel)",
      description:
        "Geschulte Lotsinnen aus der Nachbarschaft besuchen Familien und begleiten sie zu Kita, Beratung und " +
        "Gesundheitsangeboten.",
      startDate: "2024-01-01",
      endDate: "2025-12-31",
      round: null,
      targetGroups: ["Familien mit kleinen Kindern", "Alleinerziehende"],
      lead: "diakonie",
      partners: [
        ["jugendamt", "Fachliche Steuerung"],
        ["selbsthilfe", "Zugang zu Alleinerziehenden"],
        ["gesundheitskasse", "Präventionskurse"],
      ],
      placesPlanned: 24,
      placesFilled: 24,
      participants: 410,
      budgetLines: [
        ...perYear([2024, 2025], "LAND", "Land Berlin", [640_000, 655_000]),
        ...perYear([2024, 2025], "KOMMUNE", "Bezirk", [80_000, 80_000]),
      ],
      areaCodes: [...gropiusstadt],
      results: [
        { kind: "OUTPUT", label: "Familienbesuche", value: 1240, unit: "Besuche", asOf: "2024-12-31" },
        {
          kind: "OUTCOME",
          label: "Familien mit Anbindung an Kita oder Beratung",
          value: 63,
          unit: "% der begleiteten Familien",
          asOf: "2024-12-31",
        },
      ],
    },
    {
      name: "Sozialberatung im Stadtteilzentrum (Beispiel)",
      family: "KOMMUNAL",
      legalBasis: "Zuwendung des Bezirks (LHO)",
      description: "Offene Sozialberatung zu Bürgergeld, Wohngeld, Schulden und Energiesperren.",
      startDate: "2024-01-01",
      endDate: null,
      round: null,
      targetGroups: ["Menschen mit geringem Einkommen"],
      lead: "bezirksamt",
      partners: [
        ["arbeitslosenzentrum", "Durchführung der Beratung"],
        ["wohlfahrtsverband", "Fachaufsicht Schuldnerberatung"],
      ],
      placesPlanned: null,
      placesFilled: null,
      participants: null,
      budgetLines: [
        ...perYear([2024, 2025], "KOMMUNE", "Bezirk", [96_000, 98_500]),
        ...perYear([2024, 2025], "STIFTUNG", "Bürgerstiftung (Beispiel)", [12_000, 12_000]),
      ],
      areaCodes: gropiusstadt.slice(0, 2),
      results: [
        { kind: "OUTPUT", label: "Beratungsgespräche", value: 1850, unit: "Gespräche", asOf: "2024-12-31" },
        { kind: "OUTCOME", label: "Abgewendete Energiesperren", value: 64, unit: "Haushalte", asOf: "2024-12-31" },
      ],
    },
  ];
}

/** Codes of the Planungsräume of the Prognoseraum Gropiusstadt in Neukölln, by code. */
export async function gropiusstadtPlanungsraeume(db: Database): Promise<string[]> {
  const quarter = await db.prisma.area.findFirst({
    where: { level: "PROGNOSERAUM", name: "Gropiusstadt", parent: { level: "BEZIRK", name: "Neukölln" } },
  });
  const codes = quarter
    ? (
        await db.prisma.area.findMany({
          where: { level: "PLANUNGSRAUM", parent: { parentId: quarter.id } },
          orderBy: { code: "asc" },
          select: { code: true },
        })
      ).map((area) => area.code)
    : [];
  if (codes.length === 0) {
    throw new Error("Planungsräume of Gropiusstadt (Neukölln) not found; load the Berlin LOR 2021 areas first");
  }
  return codes;
}

/**
 * Creates the example programmes once (none with isExample yet), through the programme
 * service so that every rule applies. Needs the Berlin areas and the example organisations.
 */
export async function seedProgrammeExamples(db: Database): Promise<void> {
  if ((await db.prisma.programme.count({ where: { isExample: true } })) > 0) return;
  const ids = await exampleOrganisationIds(db, Object.values(organisations));
  const idOf = (key: OrganisationKey) => ids.get(organisations[key]) ?? "";
  const inputs = examples(await gropiusstadtPlanungsraeume(db)).map(({ lead, partners, ...programme }) => ({
    ...programme,
    leadOrganisationId: idOf(lead),
    partners: partners.map(([key, role]) => ({ organisationId: idOf(key), role })),
  }));
  // Validate all first: a broken example must not leave half of the examples behind.
  for (const input of inputs) programmeInputSchema.parse(input);
  for (const input of inputs) await createProgramme(db, actor, input, { isExample: true });
}
