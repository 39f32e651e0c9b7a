// Example organisations and cooperation agreements. All fictional: names end with
// "(Beispiel)", addresses and phone numbers are made up (030 23125 xxx is the range the
// Bundesnetzagentur keeps for fiction), e-mail and web addresses use example.org.
import type { OrganisationType } from "@sozialatlas/domain/organisation";
import type { Database } from "../lib/db.ts";
import { createCooperationAgreement } from "../modules/organisation/cooperation.service.ts";
import { createOrganisation } from "../modules/organisation/organisation.service.ts";

const actor = "seed";

interface ExampleContact {
  name: string;
  role: string;
}

interface ExampleOrganisation {
  name: string;
  type: OrganisationType;
  slug: string;
  description: string;
  parent?: string;
  contacts: ExampleContact[];
}

/** The example organisations, by exact name; other seeds look them up by these names. */
export const exampleOrganisations: readonly ExampleOrganisation[] = [
  {
    name: "Jobcenter Beispielbezirk (Beispiel)",
    type: "JOBCENTER",
    slug: "jobcenter",
    description: "Grundsicherung für Arbeitsuchende (SGB II), Vermittlung und Förderung; Jugendberufsagentur-Standort.",
    contacts: [
      { name: "Petra Sommerfeld", role: "Bereichsleitung Markt und Integration" },
      { name: "Deniz Aksoy", role: "Teamleitung U25" },
    ],
  },
  {
    name: "Wohlfahrtsverband Berlin e. V. (Beispiel)",
    type: "VERBAND",
    slug: "wohlfahrtsverband",
    description: "Landesverband der freien Wohlfahrtspflege mit Kreisverbänden in den Bezirken.",
    contacts: [{ name: "Erika Mustermann", role: "Referentin Sozialplanung" }],
  },
  {
    name: "Wohlfahrtsverband Kreisverband Süd (Beispiel)",
    type: "FREIER_TRAEGER",
    slug: "kreisverband-sued",
    description: "Kreisverband mit Kitas, Familienzentren und Eltern-Kind-Gruppen im Süden der Stadt.",
    parent: "Wohlfahrtsverband Berlin e. V. (Beispiel)",
    contacts: [
      { name: "Max Mustermann", role: "Geschäftsführung" },
      { name: "Leonie Brandt", role: "Fachberatung Kita" },
    ],
  },
  {
    name: "Caritative Dienste Nord gGmbH (Beispiel)",
    type: "FREIER_TRAEGER",
    slug: "caritative-dienste-nord",
    description: "Sozial- und Migrationsberatung, Familienzentren und Stadtteilarbeit.",
    contacts: [{ name: "Samira Haddad", role: "Leitung Migrationsberatung" }],
  },
  {
    name: "Diakonisches Nachbarschaftswerk (Beispiel)",
    type: "FREIER_TRAEGER",
    slug: "nachbarschaftswerk",
    description: "Schuldner- und Insolvenzberatung, Sprachkurse und Nachbarschaftstreffs.",
    contacts: [
      { name: "Thomas Krüger", role: "Leitung Schuldnerberatung" },
      { name: "Olena Kovalenko", role: "Koordination Sprachkurse" },
    ],
  },
  {
    name: "Tafel Kiez e. V. (Beispiel)",
    type: "FREIER_TRAEGER",
    slug: "tafel-kiez",
    description: "Rettet Lebensmittel und gibt sie an Menschen mit wenig Geld weiter.",
    contacts: [{ name: "Gisela Hoffmann", role: "Vorstand, Koordination Ausgabestellen" }],
  },
  {
    name: "Arbeitslosenzentrum Kiez (Beispiel)",
    type: "INITIATIVE",
    slug: "alz-kiez",
    description: "Unabhängige Erwerbslosenberatung und Begleitung zu Ämtern.",
    contacts: [{ name: "Uwe Lehmann", role: "Beratung SGB II" }],
  },
  {
    name: "Handwerkskammer Beispielstadt (Beispiel)",
    type: "KAMMER",
    slug: "handwerkskammer",
    description: "Ausbildungsberatung, Lehrstellenbörse und Passgenaue Besetzung im Handwerk.",
    contacts: [
      { name: "Frank Wagner", role: "Ausbildungsberatung" },
      { name: "Julia Neumann", role: "Willkommenslotsin" },
    ],
  },
  {
    name: "Hochschule für Soziale Arbeit (Beispiel)",
    type: "HOCHSCHULE",
    slug: "hochschule-soziale-arbeit",
    description: "Studiengänge Soziale Arbeit; studentische Rechtsberatung und Praxisforschung im Sozialraum.",
    contacts: [{ name: "Prof. Dr. Miriam Vogel", role: "Praxisforschung Sozialraum" }],
  },
  {
    name: "Gesundheitskasse Nordost (Beispiel)",
    type: "KRANKENKASSE",
    slug: "gesundheitskasse",
    description: "Gesetzliche Krankenkasse; Prävention in Lebenswelten nach § 20a SGB V.",
    contacts: [{ name: "Stefan Richter", role: "Prävention in Lebenswelten" }],
  },
  {
    name: "Jugendamt Beispielbezirk (Beispiel)",
    type: "JUGENDAMT",
    slug: "jugendamt",
    description:
      "Kinder- und Jugendhilfe des Bezirks: Jugendfreizeiteinrichtungen, Familienförderung, Hilfen zur Erziehung.",
    contacts: [
      { name: "Katrin Schulze", role: "Jugendhilfeplanung" },
      { name: "Mehmet Yılmaz", role: "Regionale Sozialpädagogische Dienste" },
    ],
  },
  {
    name: "Wohnungsbaugesellschaft Stadtgrün (Beispiel)",
    type: "WOHNUNGSGESELLSCHAFT",
    slug: "stadtgruen",
    description: "Kommunale Wohnungsbaugesellschaft mit Mieterberatung und Nachbarschaftsräumen.",
    contacts: [{ name: "Andrea Fischer", role: "Sozialmanagement" }],
  },
  {
    name: "Kirchengemeinde am Markt (Beispiel)",
    type: "GLAUBENSGEMEINSCHAFT",
    slug: "kirchengemeinde-am-markt",
    description: "Evangelische Gemeinde mit Seniorentreff, Wärmestube und Ehrenamtsarbeit.",
    contacts: [{ name: "Pfarrerin Anna Beispiel", role: "Gemeindepfarrerin" }],
  },
  {
    name: "Selbsthilfegruppe Alleinerziehende (Beispiel)",
    type: "SELBSTHILFEGRUPPE",
    slug: "shg-alleinerziehende",
    description: "Alleinerziehende helfen sich gegenseitig: Austausch, Kinderbetreuung während der Treffen.",
    contacts: [{ name: "Nadine Wolf", role: "Ansprechpartnerin" }],
  },
  {
    name: "Bezirksamt Beispielbezirk, Sozialplanung (Beispiel)",
    type: "VERWALTUNG",
    slug: "sozialplanung",
    description: "Organisationseinheit Sozialraumorientierte Planungskoordination des Bezirksamts.",
    contacts: [
      { name: "Dr. Lukas Hartmann", role: "Leitung Sozialplanung" },
      { name: "Sabine Meier", role: "Stadtteilkoordination" },
    ],
  },
];

const emailOf = (name: string) =>
  `${name
    .replace(/^(Prof\. |Dr\. |Pfarrerin )+/g, "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/[^a-z]+/g, ".")}@example.org`;

/** Looks up example organisations by exact name; a clear error when one is missing. */
export async function exampleOrganisationIds(db: Database, names: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.prisma.organisation.findMany({
    where: { name: { in: [...names] }, isExample: true },
    select: { id: true, name: true },
  });
  const ids = new Map(rows.map((row) => [row.name, row.id]));
  const missing = names.filter((name) => !ids.has(name));
  if (missing.length > 0) {
    throw new Error(`Example organisation(s) missing: ${missing.join(", ")}; run seedOrganisationExamples first`);
  }
  return ids;
}

const agreements = [
  {
    title: "Kooperationsvereinbarung Übergang Schule–Beruf (Beispiel)",
    description:
      "Jobcenter, Handwerkskammer und Jugendamt beraten junge Menschen ohne Anschluss nach der Schule gemeinsam und " +
      "stimmen Angebote ab (Jugendberufsagentur-Prinzip: alle Hilfen unter einem Dach).",
    signedOn: "2023-09-12",
    validFrom: "2023-10-01",
    validUntil: "2027-09-30",
    partners: [
      ["Jobcenter Beispielbezirk (Beispiel)", "Federführung"],
      ["Handwerkskammer Beispielstadt (Beispiel)", "Partner"],
      ["Jugendamt Beispielbezirk (Beispiel)", "Partner"],
    ],
    projects: [
      {
        name: "Sprechstunde der Jugendberufsagentur an Integrierten Sekundarschulen",
        description: "Wöchentliche gemeinsame Sprechstunde in den Abschlussklassen.",
      },
      {
        name: "Praktikumsbörse Handwerk",
        description: "Vermittlung von Schnupper- und Pflichtpraktika in Handwerksbetrieben im Bezirk.",
      },
      {
        name: "Aufsuchende Beratung für junge Menschen ohne Anschluss",
        description: "Streetwork und Hausbesuche durch das Jugendamt mit Vermittlung ins Jobcenter U25.",
      },
    ],
  },
  {
    title: "Kooperationsvereinbarung Armutsprävention im Kiez (Beispiel)",
    description:
      "Wohlfahrtsverband, Tafel und Kirchengemeinde verbinden Lebensmittelausgabe, Sozialberatung und " +
      "Winterhilfe, damit Menschen mit wenig Geld Beratung dort finden, wo sie ohnehin hinkommen.",
    signedOn: "2024-03-05",
    validFrom: "2024-04-01",
    validUntil: null,
    partners: [
      ["Wohlfahrtsverband Berlin e. V. (Beispiel)", "Federführung"],
      ["Tafel Kiez e. V. (Beispiel)", "Partner"],
      ["Kirchengemeinde am Markt (Beispiel)", "Partner"],
    ],
    projects: [
      {
        name: "Sozialberatung an der Ausgabestelle",
        description: "Beratung zu Bürgergeld, Wohngeld und berlinpass während der Lebensmittelausgabe.",
      },
      { name: "Wärmestube im Gemeindehaus", description: "Von November bis März täglich geöffnet." },
    ],
  },
] as const;

/**
 * The 15 example organisations (a Verband with its Kreisverband, Jobcenter, Träger, Kammer, …),
 * each with contacts, and two cooperation agreements between them. Each part is created only
 * when no example row of its kind exists yet.
 */
export async function seedOrganisationExamples(db: Database): Promise<void> {
  if ((await db.prisma.organisation.count({ where: { isExample: true } })) === 0) {
    const ids = new Map<string, string>();
    // Parents are listed before their children.
    for (const example of exampleOrganisations) {
      const created = await createOrganisation(
        db,
        actor,
        {
          name: example.name,
          type: example.type,
          description: example.description,
          parentId: example.parent ? ids.get(example.parent) : null,
          website: `https://www.example.org/${example.slug}`,
          email: `kontakt@${example.slug}.example.org`,
          phone: `030 23125 ${String(100 + ids.size * 10)}`,
          address: `Beispielstraße ${ids.size + 1}, 10115 Berlin`,
          contacts: example.contacts.map((contact, index) => ({
            ...contact,
            email: emailOf(contact.name),
            phone: `030 23125 ${String(100 + ids.size * 10 + index + 1)}`,
          })),
        },
        { isExample: true },
      );
      ids.set(example.name, created.id);
    }
  }

  if ((await db.prisma.cooperationAgreement.count({ where: { isExample: true } })) === 0) {
    const ids = await exampleOrganisationIds(
      db,
      agreements.flatMap((agreement) => agreement.partners.map(([name]) => name)),
    );
    for (const agreement of agreements) {
      await createCooperationAgreement(
        db,
        actor,
        {
          ...agreement,
          partners: agreement.partners.map(([name, role]) => ({ organisationId: ids.get(name), role })),
        },
        { isExample: true },
      );
    }
  }
}
