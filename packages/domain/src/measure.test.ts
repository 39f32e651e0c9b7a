import { describe, expect, it } from "vitest";
import {
  actualDateProblem,
  atRiskFrom,
  canHaveTargets,
  childLevelOf,
  currentVersionOf,
  expectedValueAt,
  goalInputSchema,
  goalPlacementProblem,
  goalTargetInputSchema,
  goalUpdateInputSchema,
  isVersionEditable,
  nextVersionNumber,
  onTrackFrom,
  parentLevelOf,
  placeAt,
  subtreeIds,
  type TargetPath,
  targetActualsInputSchema,
  targetStatus,
} from "./measure.ts";

describe("goal tree", () => {
  it("has four levels, each exactly one below the other", () => {
    expect(parentLevelOf("LEITZIEL")).toBeNull();
    expect(parentLevelOf("MASSNAHME")).toBe("OPERATIVES_ZIEL");
    expect(childLevelOf("LEITZIEL")).toBe("STRATEGISCHES_ZIEL");
    expect(childLevelOf("MASSNAHME")).toBeNull();
  });

  it("accepts a Leitziel as root and a child exactly one level below its parent", () => {
    expect(goalPlacementProblem("LEITZIEL", null)).toBeNull();
    expect(goalPlacementProblem("STRATEGISCHES_ZIEL", "LEITZIEL")).toBeNull();
    expect(goalPlacementProblem("OPERATIVES_ZIEL", "STRATEGISCHES_ZIEL")).toBeNull();
    expect(goalPlacementProblem("MASSNAHME", "OPERATIVES_ZIEL")).toBeNull();
  });

  it("rejects roots below Leitziel level, parents of Leitziele and skipped levels", () => {
    expect(goalPlacementProblem("MASSNAHME", null)).toBe("a Maßnahme needs a parent operatives Ziel");
    expect(goalPlacementProblem("LEITZIEL", "LEITZIEL")).toBe("a Leitziel is a root goal and cannot have a parent");
    expect(goalPlacementProblem("MASSNAHME", "STRATEGISCHES_ZIEL")).toBe(
      "a Maßnahme belongs under a operatives Ziel, not under a strategisches Ziel",
    );
    expect(goalPlacementProblem("STRATEGISCHES_ZIEL", "MASSNAHME")).not.toBeNull();
  });

  it("attaches targets to operational goals and measures only", () => {
    expect(canHaveTargets("OPERATIVES_ZIEL")).toBe(true);
    expect(canHaveTargets("MASSNAHME")).toBe(true);
    expect(canHaveTargets("LEITZIEL")).toBe(false);
    expect(canHaveTargets("STRATEGISCHES_ZIEL")).toBe(false);
  });

  it("finds a goal's subtree", () => {
    const goals = [
      { id: "l", parentId: null },
      { id: "s1", parentId: "l" },
      { id: "s2", parentId: "l" },
      { id: "o1", parentId: "s1" },
      { id: "m1", parentId: "o1" },
    ];
    expect([...subtreeIds(goals, "s1")].sort()).toEqual(["m1", "o1", "s1"]);
    expect(subtreeIds(goals, "s2")).toEqual(new Set(["s2"]));
  });

  it("places a goal among its siblings, keeping positions dense", () => {
    expect(placeAt(["a", "b", "c"], "x", 0)).toEqual(["x", "a", "b", "c"]);
    expect(placeAt(["a", "b", "c"], "x", 3)).toEqual(["a", "b", "c", "x"]);
    // Moving within the same parent: the goal itself is taken out first.
    expect(placeAt(["a", "b", "c"], "a", 2)).toEqual(["b", "c", "a"]);
  });

  it("edits only drafts and numbers versions on", () => {
    expect(isVersionEditable("DRAFT")).toBe(true);
    expect(isVersionEditable("ADOPTED")).toBe(false);
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([1, 3, 2])).toBe(4);
  });

  it("takes the latest adopted version as current, else the latest draft", () => {
    const v = (number: number, status: "DRAFT" | "ADOPTED") => ({ number, status });
    expect(currentVersionOf([v(1, "ADOPTED"), v(2, "ADOPTED"), v(3, "DRAFT")])).toEqual(v(2, "ADOPTED"));
    expect(currentVersionOf([v(1, "DRAFT"), v(2, "DRAFT")])).toEqual(v(2, "DRAFT"));
    expect(currentVersionOf([])).toBeNull();
  });
});

describe("input schemas", () => {
  it("requires a root goal to be a Leitziel", () => {
    const result = goalInputSchema.safeParse({ versionId: "v", parentId: null, level: "MASSNAHME", title: "X" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["parentId", "a Maßnahme needs a parent operatives Ziel"],
    ]);
  });

  it("trims text, turns empty optional text into null and keeps each area once", () => {
    const goal = goalUpdateInputSchema.parse({
      title: "  Schuldnerberatung  ",
      description: "",
      areaCodes: ["081001", "081001", "081002"],
      budget: 12_500.5,
    });
    expect(goal).toEqual({
      title: "Schuldnerberatung",
      description: null,
      responsibleOrganisationId: null,
      programmeId: null,
      areaCodes: ["081001", "081002"],
      budget: 12_500.5,
    });
  });

  it("rejects negative budgets and fractions of cents", () => {
    const issues = (budget: number) =>
      goalUpdateInputSchema.safeParse({ title: "X", budget }).error?.issues.map((i) => i.message);
    expect(issues(-1)).toEqual(["a budget cannot be negative"]);
    expect(issues(1.001)).toEqual(["must be in whole cents"]);
  });

  it("requires the target date after the baseline date", () => {
    const result = goalTargetInputSchema.safeParse({
      goalId: "g",
      name: "Reintegrationsverläufe",
      resultLevel: "OUTPUT",
      unit: "Verläufe",
      baselineValue: 0,
      baselineDate: "2004-12-31",
      targetValue: 4000,
      targetDate: "2001-01-01",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["targetDate", "must be after the baseline date 2004-12-31"],
    ]);
  });

  it("rejects the same date twice in one upload of actuals, naming the row", () => {
    const result = targetActualsInputSchema.safeParse([
      { date: "2002-12-31", value: 1 },
      { date: "2003-12-31", value: 2 },
      { date: "2002-12-31", value: 3 },
    ]);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["2.date", "2002-12-31 appears more than once"],
    ]);
  });

  it("rejects actuals before the baseline date", () => {
    expect(actualDateProblem("2001-01-01", "2000-12-31")).toBe("must be on or after the baseline date 01.01.2001");
    expect(actualDateProblem("2001-01-01", "2001-01-01")).toBeNull();
  });
});

describe("target status", () => {
  // A ten-day period keeps the expected values whole: 100 per day.
  const rising: TargetPath = {
    baselineValue: 0,
    baselineDate: "2001-01-01",
    targetValue: 1000,
    targetDate: "2001-01-11",
  };
  const today = "2001-01-06";

  it("has named thresholds", () => {
    expect(onTrackFrom).toBe(0.9);
    expect(atRiskFrom).toBe(0.7);
  });

  it("follows the linear path from baseline to target", () => {
    expect(expectedValueAt(rising, "2001-01-06")).toBe(500);
    expect(expectedValueAt(rising, "2000-06-01")).toBe(0);
    expect(expectedValueAt(rising, "2002-01-01")).toBe(1000);
  });

  it("is NO_DATA without actuals, or without actuals up to the reference date", () => {
    expect(targetStatus(rising, [], today)).toMatchObject({
      status: "NO_DATA",
      explanation: "Noch kein Ist-Wert erfasst → keine Daten",
      expectedValue: null,
      progressRatio: null,
    });
    expect(targetStatus(rising, [{ date: "2001-01-08", value: 700 }], today).explanation).toBe(
      "Kein Ist-Wert bis zum Stichtag 06.01.2001 → keine Daten",
    );
  });

  it("is ON_TRACK at exactly 90 % of the due progress", () => {
    const result = targetStatus(rising, [{ date: "2001-01-06", value: 450 }], today);
    expect(result).toMatchObject({ status: "ON_TRACK", expectedValue: 500, progressRatio: 0.9 });
    expect(result.explanation).toBe("Ist 450 am 06.01.2001; Soll laut linearem Pfad 500 (90 %) → im Plan (ab 90 %)");
  });

  it("is AT_RISK just below 90 % and at exactly 70 %", () => {
    expect(targetStatus(rising, [{ date: "2001-01-06", value: 449 }], today).status).toBe("AT_RISK");
    const result = targetStatus(rising, [{ date: "2001-01-06", value: 350 }], today);
    expect(result).toMatchObject({ status: "AT_RISK", progressRatio: 0.7 });
    expect(result.explanation).toBe(
      "Ist 350 am 06.01.2001; Soll laut linearem Pfad 500 (70 %) → gefährdet (ab 70 %, unter 90 %)",
    );
  });

  it("is OFF_TRACK below 70 %", () => {
    const result = targetStatus(rising, [{ date: "2001-01-06", value: 349 }], today);
    expect(result.status).toBe("OFF_TRACK");
    expect(result.explanation).toBe(
      "Ist 349 am 06.01.2001; Soll laut linearem Pfad 500 (69 %) → nicht im Plan (unter 70 %)",
    );
  });

  it("judges the latest actual at its own date, not at the reference date", () => {
    const actuals = [
      { date: "2001-01-03", value: 50 },
      { date: "2001-01-04", value: 290 },
    ];
    // Due by 2001-01-04: 300; 290 is 96 %.
    expect(targetStatus(rising, actuals, "2001-01-10")).toMatchObject({ status: "ON_TRACK", expectedValue: 300 });
  });

  it("gives the Leeuwarden-style explanation in German number format", () => {
    const path: TargetPath = {
      baselineValue: 0,
      baselineDate: "2001-01-01",
      targetValue: 4000,
      targetDate: "2004-12-31",
    };
    const result = targetStatus(path, [{ date: "2003-06-30", value: 2000 }], "2003-07-01");
    expect(result.status).toBe("AT_RISK");
    expect(result.explanation).toMatch(
      /^Ist 2\.000 am 30\.06\.2003; Soll laut linearem Pfad 2\.4\d\d,\d+ \(8\d %\) → gefährdet \(ab 70 %, unter 90 %\)$/,
    );
  });

  it("is ACHIEVED when the target is reached early, even before the target date", () => {
    const result = targetStatus(rising, [{ date: "2001-01-04", value: 1000 }], today);
    expect(result.status).toBe("ACHIEVED");
    expect(result.explanation).toBe(
      "Ist 1.000 am 04.01.2001; Ziel mindestens 1.000 bis 11.01.2001: erreicht → erreicht",
    );
  });

  it("stays ACHIEVED after the target date", () => {
    expect(targetStatus(rising, [{ date: "2001-01-11", value: 1010 }], "2030-01-01").status).toBe("ACHIEVED");
  });

  it("is OFF_TRACK past the target date without reaching it, however close", () => {
    const result = targetStatus(rising, [{ date: "2001-01-06", value: 999 }], "2001-01-12");
    expect(result.status).toBe("OFF_TRACK");
    expect(result.explanation).toBe(
      "Ist 999 am 06.01.2001; Ziel mindestens 1.000 bis 11.01.2001: nicht erreicht, Zieldatum am Stichtag 12.01.2001 überschritten → nicht im Plan",
    );
  });

  it("judges on the target date itself by the path", () => {
    expect(targetStatus(rising, [{ date: "2001-01-11", value: 950 }], "2001-01-11").status).toBe("ON_TRACK");
  });

  describe("decreasing target (fewer school drop-outs: 100 → 60)", () => {
    const falling: TargetPath = {
      baselineValue: 100,
      baselineDate: "2001-01-01",
      targetValue: 60,
      targetDate: "2001-01-11",
    };

    it("measures progress downwards from the baseline", () => {
      // Due by 01-06: 80 (20 down); 82 is 18 down = 90 %.
      const onTrack = targetStatus(falling, [{ date: "2001-01-06", value: 82 }], today);
      expect(onTrack).toMatchObject({ status: "ON_TRACK", expectedValue: 80, progressRatio: 0.9 });
      expect(onTrack.explanation).toBe(
        "Ist 82 am 06.01.2001; Soll laut linearem Pfad 80 (90 % des fälligen Fortschritts seit Ausgangswert 100) → im Plan (ab 90 %)",
      );
      expect(targetStatus(falling, [{ date: "2001-01-06", value: 86 }], today)).toMatchObject({
        status: "AT_RISK",
        progressRatio: 0.7,
      });
      expect(targetStatus(falling, [{ date: "2001-01-06", value: 105 }], today).status).toBe("OFF_TRACK");
    });

    it("is ACHIEVED at or below the target, not above it", () => {
      expect(targetStatus(falling, [{ date: "2001-01-05", value: 60 }], today).status).toBe("ACHIEVED");
      expect(targetStatus(falling, [{ date: "2001-01-09", value: 55 }], "2001-01-09").explanation).toBe(
        "Ist 55 am 09.01.2001; Ziel höchstens 60 bis 11.01.2001: erreicht → erreicht",
      );
      expect(targetStatus(falling, [{ date: "2001-01-11", value: 61 }], "2001-02-01").status).toBe("OFF_TRACK");
    });
  });

  describe("baseline equal to target (hold the level)", () => {
    const hold: TargetPath = {
      baselineValue: 240,
      baselineDate: "2003-01-01",
      targetValue: 240,
      targetDate: "2003-12-31",
    };

    it("is ACHIEVED while the value is held and OFF_TRACK when it deviates either way", () => {
      expect(targetStatus(hold, [{ date: "2003-06-30", value: 240 }], "2003-07-01")).toMatchObject({
        status: "ACHIEVED",
        expectedValue: 240,
        progressRatio: null,
      });
      const deviating = targetStatus(hold, [{ date: "2003-06-30", value: 250 }], "2003-07-01");
      expect(deviating.status).toBe("OFF_TRACK");
      expect(deviating.explanation).toBe(
        "Ist 250 am 30.06.2003; Ziel Wert 240 halten bis 31.12.2003: weicht ab → nicht im Plan",
      );
    });
  });

  it("does not judge an actual on the baseline date as behind", () => {
    const result = targetStatus(rising, [{ date: "2001-01-01", value: 0 }], today);
    expect(result).toMatchObject({ status: "ON_TRACK", expectedValue: 0, progressRatio: null });
    expect(result.explanation).toBe("Ist 0 am 01.01.2001 (Ausgangsdatum): noch kein Fortschritt fällig → im Plan");
  });

  it("ignores the order in which actuals are given", () => {
    const actuals = [
      { date: "2001-01-06", value: 500 },
      { date: "2001-01-02", value: 10 },
    ];
    expect(targetStatus(rising, actuals, today).latestActual).toEqual({ date: "2001-01-06", value: 500 });
  });
});
