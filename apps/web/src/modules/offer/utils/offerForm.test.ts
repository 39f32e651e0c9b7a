import { describe, expect, it } from "vitest";
import { i18n } from "../../../i18n/i18n.ts";
import { editorOffer } from "../../../test/offers.ts";
import { emptyOffer, emptySchedule, fieldKey, offerToValues, splitList, valuesToInput } from "./offerForm.ts";
import { localiseOfferError, offerErrorsByField, validateOffer } from "./validateOffer.ts";

describe("offer form values", () => {
  it("turns a stored offer into form values and back into the same input", () => {
    const offer = editorOffer(1, { capacityMax: 12, capacityAvailable: 3, costDescription: null });
    const input = valuesToInput(offerToValues(offer));
    expect(input).toMatchObject({
      organisationId: offer.organisation.id,
      name: offer.name,
      categories: ["Schuldnerberatung"],
      languages: ["de", "tr"],
      minAge: 18,
      maxAge: null,
      stepFree: true,
      accessibleToilet: null,
      inductionLoop: false,
      capacityMax: 12,
      capacityAvailable: 3,
      locations: [
        { street: "Parkstraße 1", postalCode: "10115", latitude: 52.53, longitude: 13.38, name: "Stadtteilzentrum" },
      ],
      schedules: [{ weekday: 2, opensAt: "09:00", closesAt: "12:00", validFrom: null, note: null }],
    });
    expect(validateOffer(offerToValues(offer))).toEqual([]);
  });

  it("reads lists separated by commas and numbers with a decimal comma", () => {
    expect(splitList(" Familien, ,Senioren ,")).toEqual(["Familien", "Senioren"]);
    const values = { ...emptyOffer(), locations: [] };
    const input = valuesToInput({
      ...values,
      minAge: " 6 ",
      locations: [
        {
          key: "a",
          name: "",
          street: "",
          postalCode: "",
          city: "",
          latitude: "52,5",
          longitude: "abc",
          areaName: null,
        },
      ],
    });
    expect(input.minAge).toBe(6);
    expect(input.locations?.[0]?.latitude).toBe(52.5);
    expect(input.locations?.[0]?.longitude).toBeNaN();
  });

  it("files problems under the field that shows them", () => {
    expect(fieldKey(["categories", 2])).toBe("categories");
    expect(fieldKey(["locations", 0, "latitude"])).toBe("locations.0.latitude");
    expect(fieldKey(["schedules", 1, "closesAt"])).toBe("schedules.1.closesAt");
    expect(fieldKey([])).toBe("input");
  });

  it("finds the schema's problems and says them in German", () => {
    const t = i18n.getFixedT("de");
    const problems = offerErrorsByField(
      t,
      validateOffer({
        ...emptyOffer("20000000-0000-4000-8000-000000000001"),
        schedules: [{ ...emptySchedule(), opensAt: "10:00", closesAt: "9" }],
      }),
    );
    expect(problems).toEqual({
      name: "Bitte füllen Sie dieses Feld aus.",
      description: "Bitte füllen Sie dieses Feld aus.",
      "schedules.0.closesAt": "Bitte eine Uhrzeit im Format HH:MM, z. B. 09:30.",
    });
    expect(localiseOfferError(t, "must be from 1 (Monday) to 7 (Sunday)")).toBe("Bitte einen Wochentag wählen.");
    expect(localiseOfferError(t, "must be later than opensAt (10:00)")).toBe(
      "Muss nach der Öffnungszeit (10:00) liegen.",
    );
    expect(localiseOfferError(t, "something the API says")).toBe("something the API says");
  });
});
