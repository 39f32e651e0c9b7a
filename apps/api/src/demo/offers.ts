// Example offers in real Berlin Planungsräume, run by the example organisations. The offers,
// addresses and phone numbers are fictional (030 23125 xxx is the range the Bundesnetzagentur
// keeps for fiction); every point lies inside the Planungsraum it is meant for. Placement
// leans towards areas with high child poverty in MSS 2021 (Neukölln, Mitte, Spandau), as
// supply is usually planned where need is high.
import { type AreaGeometry, geometryBBox, pointInGeometry } from "@sozialatlas/domain/area";
import type { OfferCost, OfferInput, OfferStatus } from "@sozialatlas/domain/offer";
import type { Database } from "../lib/db.ts";
import { findAreaContaining } from "../modules/area/area.service.ts";
import { createOffers } from "../modules/offer/offer.service.ts";
import { exampleOrganisationIds } from "./organisations.ts";

const actor = "seed";

type Weekly = Array<[weekday: number, opensAt: string, closesAt: string, note?: string]>;

interface Template {
  /** Offer name before the Planungsraum's name, e.g. "Lebensmittelausgabe". */
  name: string;
  organisation: string;
  description: string;
  categories: string[];
  targetGroups: string[];
  minAge?: number;
  maxAge?: number;
  languages: string[];
  cost: OfferCost;
  costDescription?: string;
  socialPass?: boolean;
  eligibility?: string;
  capacityMax?: number;
  /** Name of the place before the Planungsraum's name, e.g. "Stadtteilzentrum". */
  place: string;
  weekly: Weekly;
  status?: OfferStatus;
  accessible?: boolean;
}

const org = {
  jobcenter: "Jobcenter Beispielbezirk (Beispiel)",
  verband: "Wohlfahrtsverband Berlin e. V. (Beispiel)",
  kreisverband: "Wohlfahrtsverband Kreisverband Süd (Beispiel)",
  caritativ: "Caritative Dienste Nord gGmbH (Beispiel)",
  diakonie: "Diakonisches Nachbarschaftswerk (Beispiel)",
  tafel: "Tafel Kiez e. V. (Beispiel)",
  alz: "Arbeitslosenzentrum Kiez (Beispiel)",
  kammer: "Handwerkskammer Beispielstadt (Beispiel)",
  hochschule: "Hochschule für Soziale Arbeit (Beispiel)",
  kasse: "Gesundheitskasse Nordost (Beispiel)",
  jugendamt: "Jugendamt Beispielbezirk (Beispiel)",
  wohnen: "Wohnungsbaugesellschaft Stadtgrün (Beispiel)",
  kirche: "Kirchengemeinde am Markt (Beispiel)",
  selbsthilfe: "Selbsthilfegruppe Alleinerziehende (Beispiel)",
  verwaltung: "Bezirksamt Beispielbezirk, Sozialplanung (Beispiel)",
} as const;

const weekdays = (days: number[], opensAt: string, closesAt: string): Weekly =>
  days.map((day) => [day, opensAt, closesAt]);

const templates = {
  schuldner: {
    name: "Schuldner- und Insolvenzberatung",
    organisation: org.diakonie,
    description:
      "Anerkannte Beratungsstelle: Haushaltsplan, Verhandlung mit Gläubigern, P-Konto-Bescheinigung und Begleitung " +
      "ins Verbraucherinsolvenzverfahren.",
    categories: ["Schuldnerberatung", "Sozialberatung"],
    targetGroups: ["Erwerbslose", "Familien", "Alleinerziehende"],
    minAge: 18,
    languages: ["de", "tr", "ar"],
    cost: "FREE",
    eligibility: "Wohnsitz im Bezirk; Terminvergabe telefonisch",
    place: "Beratungsstelle",
    weekly: [
      [2, "09:00", "12:00", "offene Sprechstunde"],
      [4, "14:00", "18:00", "nur mit Termin"],
    ],
  },
  sozialberatung: {
    name: "Allgemeine Sozialberatung",
    organisation: org.caritativ,
    description:
      "Hilfe bei Anträgen (Bürgergeld, Wohngeld, Kinderzuschlag, berlinpass), Briefen von Ämtern und Fristen.",
    categories: ["Sozialberatung"],
    targetGroups: ["Familien", "Senioren", "Erwerbslose", "Zugewanderte"],
    minAge: 18,
    languages: ["de", "en", "ar", "tr"],
    cost: "FREE",
    place: "Stadtteilzentrum",
    weekly: [...weekdays([1, 3], "10:00", "13:00"), [4, "15:00", "18:00"]],
  },
  kita: {
    name: "Kita",
    organisation: org.kreisverband,
    description: "Kindertagesstätte mit Sprachförderung, Bewegungsraum und Garten; Betreuung mit Kita-Gutschein.",
    categories: ["Kita/Kinderbetreuung"],
    targetGroups: ["Kinder", "Familien"],
    minAge: 1,
    maxAge: 6,
    languages: ["de", "en"],
    cost: "REDUCED",
    costDescription: "Betreuung beitragsfrei; Verpflegungsanteil 23 € im Monat",
    socialPass: true,
    eligibility: "Kita-Gutschein des Jugendamts",
    capacityMax: 95,
    place: "Kita",
    weekly: weekdays([1, 2, 3, 4, 5], "07:00", "17:00"),
  },
  familienzentrum: {
    name: "Familienzentrum",
    organisation: org.caritativ,
    description:
      "Offener Treff für Eltern mit Kindern: Elterncafé, Familienberatung, Hebammensprechstunde und Ferienangebote.",
    categories: ["Familienzentrum", "Elternberatung"],
    targetGroups: ["Familien", "Alleinerziehende", "Kinder"],
    languages: ["de", "ar", "tr", "uk"],
    cost: "FREE",
    place: "Familienzentrum",
    weekly: [...weekdays([1, 2, 3, 4], "09:00", "16:00"), [5, "09:00", "13:00"]],
  },
  lebensmittel: {
    name: "Lebensmittelausgabe",
    organisation: org.tafel,
    description: "Ausgabe geretteter Lebensmittel an Menschen mit geringem Einkommen; Ausgabe nach Nummernvergabe.",
    categories: ["Lebensmittelausgabe"],
    targetGroups: ["Erwerbslose", "Familien", "Senioren", "Alleinerziehende"],
    languages: ["de", "ar", "ru", "uk"],
    cost: "REDUCED",
    costDescription: "1 € Kostenbeitrag je Einkauf",
    socialPass: true,
    eligibility: "Nachweis über Bürgergeld, Grundsicherung, Asylbewerberleistungen oder berlinpass",
    capacityMax: 180,
    place: "Ausgabestelle",
    weekly: [
      [3, "14:00", "17:00"],
      [6, "10:00", "12:30"],
    ],
  },
  sprachkurs: {
    name: "Deutschkurs für Eltern",
    organisation: org.diakonie,
    description: "Deutsch im Alltag für Mütter und Väter (A1–B1), mit Kinderbetreuung während des Kurses.",
    categories: ["Sprachkurs"],
    targetGroups: ["Zugewanderte", "Familien"],
    minAge: 18,
    languages: ["de", "ar", "tr", "uk", "fa"],
    cost: "FREE",
    capacityMax: 16,
    place: "Nachbarschaftshaus",
    weekly: weekdays([1, 3, 5], "09:00", "11:30"),
  },
  jugend: {
    name: "Jugendfreizeiteinrichtung",
    organisation: org.jugendamt,
    description:
      "Offene Jugendarbeit: Sport, Musikstudio, Kochen, Hausaufgabenecke und Beratung durch Sozialarbeitende.",
    categories: ["Jugendfreizeit"],
    targetGroups: ["Jugendliche", "Kinder"],
    minAge: 10,
    maxAge: 21,
    languages: ["de", "ar", "tr"],
    cost: "FREE",
    place: "Jugendclub",
    weekly: [...weekdays([1, 2, 3, 4], "14:00", "20:00"), [5, "14:00", "22:00"]],
  },
  seniorentreff: {
    name: "Seniorentreff",
    organisation: org.kirche,
    description: "Kaffee und Kuchen, Gedächtnistraining, Ausflüge und Beratung zu Rente und Grundsicherung im Alter.",
    categories: ["Seniorentreff"],
    targetGroups: ["Senioren"],
    minAge: 60,
    languages: ["de", "ru", "tr"],
    cost: "REDUCED",
    costDescription: "Kaffee und Kuchen 1,50 €, mit berlinpass 0,50 €",
    socialPass: true,
    capacityMax: 40,
    place: "Gemeindehaus",
    weekly: [
      [2, "14:00", "17:00"],
      [4, "14:00", "17:00"],
    ],
  },
  erwerbslos: {
    name: "Erwerbslosenberatung",
    organisation: org.alz,
    description: "Unabhängige Beratung zu Bürgergeld, Sanktionen, Widersprüchen; Begleitung zu Terminen im Jobcenter.",
    categories: ["Erwerbslosenberatung", "Sozialberatung"],
    targetGroups: ["Erwerbslose"],
    minAge: 18,
    languages: ["de", "tr", "ar", "pl"],
    cost: "FREE",
    place: "Beratungsladen",
    weekly: [
      [1, "10:00", "14:00"],
      [3, "14:00", "18:00"],
    ],
  },
  gesundheit: {
    name: "Gesundheitsberatung und Präventionskurse",
    organisation: org.kasse,
    description: "Kurse zu Bewegung, Ernährung und Stressbewältigung im Stadtteil; offen auch für Nichtversicherte.",
    categories: ["Gesundheitsberatung"],
    targetGroups: ["Familien", "Senioren", "Erwerbslose"],
    languages: ["de", "en", "tr"],
    cost: "FREE",
    capacityMax: 15,
    place: "Gesundheitstreff",
    weekly: [
      [2, "17:00", "18:30"],
      [5, "10:00", "11:30"],
    ],
  },
  migration: {
    name: "Migrationsberatung für Erwachsene",
    organisation: org.caritativ,
    description: "Beratung zu Aufenthalt, Integrationskurs, Anerkennung von Abschlüssen, Familiennachzug und Arbeit.",
    categories: ["Migrationsberatung"],
    targetGroups: ["Zugewanderte"],
    minAge: 27,
    languages: ["de", "ar", "fa", "ru", "uk", "tr"],
    cost: "FREE",
    place: "Beratungszentrum",
    weekly: [
      [1, "09:00", "12:00"],
      [2, "13:00", "17:00"],
      [4, "09:00", "12:00"],
    ],
  },
  selbsthilfe: {
    name: "Treffpunkt für Alleinerziehende",
    organisation: org.selbsthilfe,
    description: "Austausch, gegenseitige Unterstützung und Kinderbetreuung während der Treffen.",
    categories: ["Selbsthilfe"],
    targetGroups: ["Alleinerziehende", "Familien"],
    languages: ["de", "en"],
    cost: "FREE",
    place: "Nachbarschaftsraum",
    weekly: [[3, "17:00", "19:00", "jeden 1. und 3. Mittwoch im Monat"]],
  },
  u25: {
    name: "U25-Sprechstunde",
    organisation: org.jobcenter,
    description: "Beratung für junge Menschen unter 25 zu Ausbildung, Schulabschluss, Bürgergeld und Wohnen.",
    categories: ["Erwerbslosenberatung", "Berufsorientierung"],
    targetGroups: ["Jugendliche", "Erwerbslose"],
    minAge: 15,
    maxAge: 24,
    languages: ["de", "en", "ar"],
    cost: "FREE",
    place: "Jugendberufsagentur",
    weekly: [
      [2, "08:00", "12:00"],
      [4, "13:00", "17:00"],
    ],
  },
  ausbildung: {
    name: "Ausbildungsberatung Handwerk",
    organisation: org.kammer,
    description: "Beratung zu Ausbildungsberufen im Handwerk, Praktika und Lehrstellenbörse; Hilfe bei Bewerbungen.",
    categories: ["Berufsorientierung"],
    targetGroups: ["Jugendliche", "Zugewanderte"],
    minAge: 14,
    maxAge: 27,
    languages: ["de", "en"],
    cost: "FREE",
    place: "Bildungszentrum",
    weekly: [[3, "13:00", "17:00"]],
  },
  lawclinic: {
    name: "Studentische Sozialrechtsberatung",
    organisation: org.hochschule,
    description: "Studierende der Sozialen Arbeit beraten unter Anleitung zu Sozialleistungen und Widersprüchen.",
    categories: ["Sozialberatung"],
    targetGroups: ["Erwerbslose", "Familien", "Zugewanderte"],
    minAge: 18,
    languages: ["de", "en", "es"],
    cost: "FREE",
    place: "Campus-Laden",
    weekly: [[4, "16:00", "19:00", "nicht in den Semesterferien"]],
  },
  mieter: {
    name: "Mieter- und Nachbarschaftsberatung",
    organisation: org.wohnen,
    description: "Beratung bei Mietschulden, Nebenkosten und Nachbarschaftskonflikten; Vermittlung zu Wohngeld.",
    categories: ["Sozialberatung", "Wohnen"],
    targetGroups: ["Familien", "Senioren"],
    languages: ["de", "tr", "ru"],
    cost: "FREE",
    place: "Nachbarschaftsbüro",
    weekly: [[2, "15:00", "18:00"]],
  },
  inklusion: {
    name: "Offener Treff für Menschen mit und ohne Behinderung",
    organisation: org.verband,
    description: "Freizeit, Beratung zu Teilhabeleistungen und Assistenz; Informationen in Leichter Sprache.",
    categories: ["Selbsthilfe", "Begegnung"],
    targetGroups: ["Menschen mit Behinderung"],
    languages: ["de"],
    cost: "FREE",
    place: "Begegnungsstätte",
    weekly: [
      [1, "15:00", "19:00"],
      [3, "15:00", "19:00"],
    ],
    accessible: true,
  },
  hausaufgaben: {
    name: "Hausaufgabenhilfe und Lernförderung",
    organisation: org.jugendamt,
    description: "Ehrenamtliche und Studierende helfen bei Hausaufgaben und bereiten auf Prüfungen vor.",
    categories: ["Lernförderung"],
    targetGroups: ["Kinder", "Jugendliche"],
    minAge: 6,
    maxAge: 16,
    languages: ["de", "ar", "tr"],
    cost: "FREE",
    socialPass: true,
    capacityMax: 25,
    place: "Lernhaus",
    weekly: weekdays([1, 2, 3, 4], "14:30", "17:00"),
  },
  elternkind: {
    name: "Eltern-Kind-Gruppe",
    organisation: org.kreisverband,
    description: "Spielen, Singen und Austausch für Eltern mit Babys und Kleinkindern; Beratung zu Entwicklung.",
    categories: ["Familienzentrum", "Kita/Kinderbetreuung"],
    targetGroups: ["Familien", "Kinder", "Alleinerziehende"],
    minAge: 0,
    maxAge: 3,
    languages: ["de", "ar", "vi"],
    cost: "FREE",
    capacityMax: 12,
    place: "Familientreff",
    weekly: [
      [2, "10:00", "11:30"],
      [5, "10:00", "11:30"],
    ],
  },
  waermestube: {
    name: "Wärmestube",
    organisation: org.kirche,
    description: "Aufenthalt, warme Mahlzeit und Kleiderkammer in der kalten Jahreszeit (November bis März).",
    categories: ["Lebensmittelausgabe", "Wohnungslosenhilfe"],
    targetGroups: ["Erwerbslose", "Senioren"],
    minAge: 18,
    languages: ["de", "pl", "ru"],
    cost: "FREE",
    place: "Gemeindehaus",
    weekly: weekdays([1, 2, 3, 4, 5, 6, 7], "12:00", "18:00"),
    status: "TEMPORARILY_CLOSED",
  },
  stadtteil: {
    name: "Sprechstunde der Stadtteilkoordination",
    organisation: org.verwaltung,
    description: "Anregungen zum Kiez, Beteiligung an Planungen und Vermittlung zu Angeboten im Sozialraum.",
    categories: ["Sozialberatung", "Beteiligung"],
    targetGroups: ["Familien", "Senioren", "Jugendliche", "Zugewanderte"],
    languages: ["de", "en", "tr", "ar"],
    cost: "FREE",
    place: "Stadtteilbüro",
    weekly: [[3, "15:00", "18:00"]],
  },
} satisfies Record<string, Template>;

type TemplateKey = keyof typeof templates;

/** Which offers each example Planungsraum gets (Bezirk = first two digits of the code). */
const placements: ReadonlyArray<[planungsraum: string, offers: TemplateKey[]]> = [
  // 08 Neukölln
  ["08100521", ["lebensmittel", "kita", "sprachkurs", "familienzentrum"]],
  ["08100419", ["schuldner", "jugend", "migration"]],
  ["08100520", ["sozialberatung", "hausaufgaben", "selbsthilfe", "mieter"]],
  ["08100105", ["erwerbslos", "seniorentreff", "gesundheit"]],
  ["08200622", ["kita", "jugend"]],
  ["08100104", ["migration", "elternkind"]],
  ["08100209", ["erwerbslos", "hausaufgaben"]],
  // 01 Mitte
  ["01300730", ["sozialberatung", "kita", "jugend", "waermestube"]],
  ["01401049", ["schuldner", "sprachkurs"]],
  ["01300732", ["lebensmittel", "familienzentrum", "u25"]],
  ["01300836", ["ausbildung", "hausaufgaben"]],
  ["01401043", ["seniorentreff", "gesundheit"]],
  // 05 Spandau
  ["05200527", ["familienzentrum", "sozialberatung", "kita"]],
  ["05200526", ["lebensmittel", "jugend"]],
  ["05100314", ["erwerbslos", "migration", "waermestube"]],
  ["05100208", ["seniorentreff", "selbsthilfe"]],
  // 02 Friedrichshain-Kreuzberg
  ["02100105", ["migration", "jugend"]],
  ["02100102", ["stadtteil", "mieter", "lawclinic"]],
  ["02300314", ["inklusion"]],
  // 07 Tempelhof-Schöneberg
  ["07400928", ["familienzentrum"]],
  ["07100205", ["schuldner", "waermestube"]],
  // 10 Marzahn-Hellersdorf
  ["10200422", ["u25", "kita", "lebensmittel"]],
  ["10100102", ["seniorentreff"]],
  ["10200420", ["gesundheit"]],
  // 12 Reinickendorf
  ["12601032", ["familienzentrum", "sprachkurs"]],
  ["12200310", ["jugend"]],
  // 11 Lichtenberg
  ["11300616", ["elternkind", "inklusion"]],
  // 09 Treptow-Köpenick
  ["09300922", ["jugend"]],
  // 04 Charlottenburg-Wilmersdorf
  ["04100102", ["sozialberatung"]],
  // 06 Steglitz-Zehlendorf
  ["06200419", ["familienzentrum"]],
  // 03 Pankow
  ["03601450", ["gesundheit"]],
];

/**
 * Points well inside an area: centres of a grid over its bounding box whose neighbours half a
 * cell away are inside too, so that rounding cannot push them across the boundary. Ordered
 * from the middle of the box outwards; a finer grid is tried for thin or ragged areas.
 */
function interiorPoints(geometry: AreaGeometry): Array<[longitude: number, latitude: number]> {
  const box = geometryBBox(geometry);
  const centre = [(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2] as const;
  for (const cells of [12, 24, 48]) {
    const dx = (box.maxLon - box.minLon) / cells;
    const dy = (box.maxLat - box.minLat) / cells;
    const inside = (lon: number, lat: number) => pointInGeometry(lon, lat, geometry);
    const points: Array<[number, number]> = [];
    for (let i = 0; i < cells; i++) {
      for (let j = 0; j < cells; j++) {
        const lon = Math.round((box.minLon + (i + 0.5) * dx) * 1e6) / 1e6;
        const lat = Math.round((box.minLat + (j + 0.5) * dy) * 1e6) / 1e6;
        const margin = [
          [lon, lat],
          [lon - dx / 2, lat],
          [lon + dx / 2, lat],
          [lon, lat - dy / 2],
          [lon, lat + dy / 2],
        ] as const;
        if (margin.every(([x, y]) => inside(x, y))) points.push([lon, lat]);
      }
    }
    if (points.length > 0) {
      const distance = ([lon, lat]: [number, number]) => (lon - centre[0]) ** 2 + (lat - centre[1]) ** 2;
      return points.sort((a, b) => distance(a) - distance(b));
    }
  }
  throw new Error("no interior point found");
}

const day = 24 * 60 * 60 * 1000;

/** The example offers as service input, each with the code of the Planungsraum it lies in. */
async function exampleOffers(
  db: Database,
  now: Date,
): Promise<Array<{ planungsraum: string; input: OfferInput; lastVerifiedAt: Date }>> {
  const organisationIds = await exampleOrganisationIds(db, Object.values(org));
  const codes = placements.map(([code]) => code);
  const areas = await db.prisma.area.findMany({ where: { code: { in: codes }, level: "PLANUNGSRAUM" } });
  const areaByCode = new Map(areas.map((area) => [area.code, area]));
  const missing = codes.filter((code) => !areaByCode.get(code)?.geometry);
  if (missing.length > 0) throw new Error(`Planungsräume missing for example offers: ${missing.join(", ")}`);

  const offers: Array<{ planungsraum: string; input: OfferInput; lastVerifiedAt: Date }> = [];
  for (const [code, keys] of placements) {
    const area = areaByCode.get(code);
    if (!area) continue;
    const points = interiorPoints(area.geometry as AreaGeometry);
    keys.forEach((key, k) => {
      const template: Template = templates[key];
      const i = offers.length;
      const [longitude, latitude] = points[(k * Math.max(1, Math.floor(points.length / 5))) % points.length] ?? [0, 0];
      const capacityMax = template.capacityMax ?? null;
      // Deterministic variety: a few offers paused or ended, mixed (and partly unknown) accessibility.
      const status: OfferStatus =
        template.status ?? (i % 13 === 5 ? "TEMPORARILY_CLOSED" : i % 17 === 8 ? "ENDED" : "ACTIVE");
      const stepFree = template.accessible ? true : (([true, false, null] as const)[i % 3] ?? null);
      offers.push({
        planungsraum: code,
        lastVerifiedAt: new Date(now.getTime() - (4 + ((i * 97) % 540)) * day),
        input: {
          organisationId: organisationIds.get(template.organisation) ?? "",
          name: `${template.name} ${area.name} (Beispiel)`,
          description: template.description,
          categories: template.categories,
          targetGroups: template.targetGroups,
          minAge: template.minAge ?? null,
          maxAge: template.maxAge ?? null,
          languages: template.languages,
          eligibility: template.eligibility ?? null,
          cost: template.cost,
          costDescription: template.costDescription ?? null,
          acceptedSocialPasses: template.socialPass ? ["berlinpass"] : [],
          stepFree,
          accessibleToilet: template.accessible ? true : stepFree === null ? null : stepFree && i % 2 === 0,
          inductionLoop: template.accessible ? true : (([true, false, null, null, null] as const)[i % 5] ?? null),
          easyLanguage: template.accessible ? true : i % 4 === 0 ? true : null,
          accessibilityNote: stepFree === false ? "Eingang über drei Stufen, Klingel für Rampe vorhanden" : null,
          capacityAvailable: capacityMax === null ? null : Math.floor((capacityMax * ((i * 7) % 10)) / 20),
          capacityMax,
          status,
          url: `https://www.example.org/angebote/${key}-${code}`,
          email: `${key}.${code}@example.org`,
          phone: `030 23125 ${String(300 + i).padStart(3, "0")}`,
          locations: [
            {
              name: `${template.place} ${area.name}`,
              street: `Beispielweg ${i + 1}`,
              postalCode: null,
              city: "Berlin",
              latitude,
              longitude,
            },
          ],
          schedules: template.weekly.map(([weekday, opensAt, closesAt, note]) => ({
            weekday,
            opensAt,
            closesAt,
            validFrom: null,
            validUntil: null,
            note: note ?? null,
          })),
        },
      });
    });
  }
  return offers;
}

/**
 * At least 60 example offers in 31 Planungsräume of all 12 Bezirke, created in one go through
 * the offer service (validation, area look-up, change log) when no example offer exists yet.
 * Every point is first checked with the same look-up the service uses.
 */
export async function seedOfferExamples(db: Database): Promise<void> {
  if ((await db.prisma.offer.count({ where: { isExample: true } })) > 0) return;
  const offers = await exampleOffers(db, new Date());
  for (const { planungsraum, input } of offers) {
    const [location] = input.locations;
    const found = location && (await findAreaContaining(db, location.longitude, location.latitude));
    if (!found || found.code !== planungsraum) {
      throw new Error(
        `Example offer "${input.name}" would lie in ${found ? found.code : "no area"}, not ${planungsraum}`,
      );
    }
  }
  await createOffers(
    db,
    actor,
    offers.map(({ input, lastVerifiedAt }) => ({
      input,
      isExample: true,
      lastVerified: { at: lastVerifiedAt, by: actor },
      // Examples are public: published when they were last confirmed (publishing verifies).
      published: { at: lastVerifiedAt, by: actor },
    })),
  );
}
