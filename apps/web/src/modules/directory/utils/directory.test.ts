import { describe, expect, it } from "vitest";
import { squareGeometry } from "../../../test/fixtures.ts";
import { geoToMapPoint, mapPointToGeo, toMapPoints } from "./directoryMap.ts";
import {
  directoryPath,
  emptySearch,
  hasConditions,
  parseDirectorySearch,
  parsePoint,
  resultLimit,
  toOfferFilter,
  toSearchParams,
} from "./directoryParams.ts";
import { berlinDay, distinctLabels, languageName, weekdayName, weekTable } from "./offerText.ts";

const now = new Date("2026-05-12T10:30:00Z"); // a Tuesday, 12:30 in Berlin

describe("directory URL", () => {
  it("maps every parameter to the API filter", () => {
    const search = parseDirectorySearch(
      new URLSearchParams(
        "q=Beratung&kategorie=Schuldnerberatung&zielgruppe=Familien&alter=7&sprache=tr&gebiet=08" +
          "&nahe=52.48,13.43&radius=5&kosten=REDUCED,FREE&sozialpass=berlinpass" +
          "&barrierefrei=stepFree,easyLanguage&jetzt=1&seite=3",
      ),
    );
    expect(toOfferFilter(search, now)).toEqual({
      status: ["ACTIVE", "TEMPORARILY_CLOSED"],
      search: "Beratung",
      categories: ["Schuldnerberatung"],
      targetGroups: ["Familien"],
      age: 7,
      languages: ["tr"],
      areaCode: "08",
      near: { latitude: 52.48, longitude: 13.43 },
      radiusKm: 5,
      cost: ["REDUCED", "FREE"],
      socialPass: "berlinpass",
      stepFree: true,
      easyLanguage: true,
      openAt: "2026-05-12T10:30:00.000Z",
    });
    expect(resultLimit(search)).toBe(60);
  });

  it("asks only for offers people can still use when nothing is chosen", () => {
    const search = parseDirectorySearch(new URLSearchParams(""));
    expect(search).toEqual(emptySearch);
    expect(toOfferFilter(search, now)).toEqual({ status: ["ACTIVE", "TEMPORARILY_CLOSED"] });
    expect(resultLimit(search)).toBe(20);
    expect(hasConditions(search)).toBe(false);
  });

  it("drops values it cannot use instead of failing", () => {
    const search = parseDirectorySearch(
      new URLSearchParams("alter=abc&nahe=north&radius=500&kosten=GRATIS,FEE&barrierefrei=lift&seite=0&jetzt=yes"),
    );
    expect(search.age).toBeNull();
    expect(search.near).toBeNull();
    expect(search.radiusKm).toBe(2);
    expect(search.costs).toEqual(["FEE"]);
    expect(search.accessibility).toEqual([]);
    expect(search.pages).toBe(1);
    expect(search.openNow).toBe(false);
    expect(parsePoint("91,13")).toBeNull();
    expect(parsePoint("52.5, 13.4")).toEqual({ latitude: 52.5, longitude: 13.4 });
  });

  it("writes a search back in a fixed order, leaving out defaults", () => {
    const search = {
      ...emptySearch,
      text: "Kita",
      costs: ["REDUCED" as const, "FREE" as const],
      accessibility: ["easyLanguage" as const, "stepFree" as const],
      near: { latitude: 52.480001234, longitude: 13.43 },
      radiusKm: 2,
      socialPass: "berlinpass",
      openNow: true,
    };
    expect(toSearchParams(search).toString()).toBe(
      "q=Kita&nahe=52.48%2C13.43&kosten=FREE%2CREDUCED&sozialpass=berlinpass&barrierefrei=stepFree%2CeasyLanguage&jetzt=1",
    );
    // Round trip.
    expect(parseDirectorySearch(toSearchParams(search))).toEqual({
      ...search,
      near: { latitude: 52.48, longitude: 13.43 },
      costs: ["FREE", "REDUCED"],
      accessibility: ["stepFree", "easyLanguage"],
    });
    expect(directoryPath({ costs: ["FREE"] })).toBe("/angebote?kosten=FREE");
    expect(directoryPath()).toBe("/angebote");
  });
});

describe("opening hours", () => {
  const entry = (weekday: number, opensAt: string, closesAt: string, validUntil: string | null = null) => ({
    id: `${weekday}-${opensAt}`,
    weekday,
    opensAt,
    closesAt,
    validFrom: null,
    validUntil,
    note: null,
  });

  it("knows the day in Berlin, also around midnight UTC", () => {
    expect(berlinDay(now)).toEqual({ weekday: 2, date: "2026-05-12" });
    // 23:30 UTC on a Sunday is already Monday in Berlin (summer time).
    expect(berlinDay(new Date("2026-05-10T23:30:00Z"))).toEqual({ weekday: 1, date: "2026-05-11" });
  });

  it("lists every weekday, hours in order, today marked, expired hours left out", () => {
    const week = weekTable(
      [entry(2, "14:00", "18:00"), entry(2, "09:00", "12:00"), entry(4, "10:00", "12:00", "2026-01-31")],
      now,
    );
    expect(week.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(week.filter((day) => day.isToday).map((day) => day.weekday)).toEqual([2]);
    expect(week[1]?.hours.map((hours) => hours.opensAt)).toEqual(["09:00", "14:00"]);
    expect(week[3]?.hours).toEqual([]);
  });

  it("names weekdays and languages in the reader's language", () => {
    expect(weekdayName(1, "de")).toBe("Montag");
    expect(weekdayName(7, "en")).toBe("Sunday");
    expect(languageName("tr", "de")).toBe("Türkisch");
    expect(languageName("uk", "en")).toBe("Ukrainian");
    expect(distinctLabels([["Sprachkurs", "Beratung"], ["Beratung"]])).toEqual(["Beratung", "Sprachkurs"]);
  });
});

describe("directory map", () => {
  const districts = [
    { code: "01", name: "Mitte", geometry: squareGeometry(0, 0, 0.1) },
    { code: "02", name: "Kreuzberg", geometry: squareGeometry(1, 0, 0.1) },
  ];

  it("turns a clicked pixel back into the point that is drawn there", () => {
    const point = { latitude: 52.53, longitude: 13.42 };
    const pixel = geoToMapPoint(point, districts);
    expect(pixel).not.toBeNull();
    const back = mapPointToGeo(pixel?.x ?? 0, pixel?.y ?? 0, districts);
    expect(back?.latitude).toBeCloseTo(52.53, 6);
    expect(back?.longitude).toBeCloseTo(13.42, 6);
  });

  it("draws one point per location and leaves out points off the map", () => {
    const points = toMapPoints(
      [
        {
          id: "a",
          name: "Kita Beispiel",
          locations: [
            { id: "l1", latitude: 52.55, longitude: 13.35, street: "Beispielweg 1" },
            { id: "l2", latitude: 52.55, longitude: 13.45, street: null },
          ],
        },
        { id: "b", name: "Far away", locations: [{ id: "l3", latitude: 48.1, longitude: 11.5, street: null }] },
      ],
      districts,
    );
    expect(points.map((point) => point.key)).toEqual(["a:l1", "a:l2"]);
    expect(points[0]?.x).toBeLessThan(points[1]?.x ?? 0);
  });
});
