// How the stored classes of an index result (status 1–4, dynamics and exclusion reason as the
// domain's strings) are named in GraphQL, and in which direction a class change points.
import type {
  Locale as DomainLocale,
  DynamicsClass,
  IndexExclusionReason,
  StatusClass,
} from "@sozialatlas/domain/social-index";

export const statusClassNames = { 1: "HOCH", 2: "MITTEL", 3: "NIEDRIG", 4: "SEHR_NIEDRIG" } as const;
export type StatusClassName = (typeof statusClassNames)[StatusClass];

export const dynamicsClassNames = { positiv: "POSITIV", stabil: "STABIL", negativ: "NEGATIV" } as const;
export type DynamicsClassName = (typeof dynamicsClassNames)[DynamicsClass];

export const exclusionReasonNames = {
  "excluded-by-definition": "EXCLUDED_BY_DEFINITION",
  "population-missing": "POPULATION_MISSING",
  "population-below-minimum": "POPULATION_BELOW_MINIMUM",
  "indicator-missing": "INDICATOR_MISSING",
} as const;
export type ExclusionReasonName = (typeof exclusionReasonNames)[IndexExclusionReason];

const reverse = <Stored extends string | number, Name extends string>(names: Record<Stored, Name>) =>
  new Map(Object.entries(names).map(([stored, name]) => [name as Name, stored]));
const statusByName = reverse(statusClassNames);
const dynamicsByName = reverse(dynamicsClassNames);

/** A stored status class (1–4) as its domain value; anything else means a broken row. */
export function storedStatusClass(value: number | null): StatusClass | null {
  if (value === null) return null;
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  throw new Error(`stored status class ${value} is not 1–4`);
}

export function storedDynamicsClass(value: string | null): DynamicsClass | null {
  if (value === null) return null;
  if (value === "positiv" || value === "stabil" || value === "negativ") return value;
  throw new Error(`stored dynamics class ${value} is not positiv, stabil or negativ`);
}

export function storedExclusionReason(value: string | null): IndexExclusionReason | null {
  if (value === null) return null;
  if (value in exclusionReasonNames) return value as IndexExclusionReason;
  throw new Error(`stored exclusion reason ${value} is unknown`);
}

export const statusClassName = (value: number | null): StatusClassName | null => {
  const status = storedStatusClass(value);
  return status === null ? null : statusClassNames[status];
};
export const dynamicsClassName = (value: string | null): DynamicsClassName | null => {
  const dynamics = storedDynamicsClass(value);
  return dynamics === null ? null : dynamicsClassNames[dynamics];
};
export const exclusionReasonName = (value: string | null): ExclusionReasonName | null => {
  const reason = storedExclusionReason(value);
  return reason === null ? null : exclusionReasonNames[reason];
};

/** GraphQL class names of a filter → the stored values. */
export const statusClassesOf = (names: readonly StatusClassName[]) =>
  names.map((name) => Number(statusByName.get(name)));
export const dynamicsClassesOf = (names: readonly DynamicsClassName[]) =>
  names.map((name) => String(dynamicsByName.get(name)));

export const localeOf = (locale: "DE" | "EN" | null | undefined): DomainLocale => (locale === "EN" ? "en" : "de");

export type ChangeDirection = "BETTER" | "WORSE" | "MIXED" | "NOT_COMPARABLE";

/** 1 hoch … 4 sehr niedrig and positiv … negativ: a smaller number is the better class. */
const dynamicsOrder: Record<DynamicsClass, number> = { positiv: 1, stabil: 2, negativ: 3 };

function direction(previous: number | null, current: number | null): ChangeDirection | null {
  if (previous === current) return null;
  if (previous === null || current === null) return "NOT_COMPARABLE";
  return current < previous ? "BETTER" : "WORSE";
}

export function statusDirection(previous: StatusClass | null, current: StatusClass | null): ChangeDirection | null {
  return direction(previous, current);
}

export function dynamicsDirection(
  previous: DynamicsClass | null,
  current: DynamicsClass | null,
): ChangeDirection | null {
  return direction(
    previous === null ? null : dynamicsOrder[previous],
    current === null ? null : dynamicsOrder[current],
  );
}

/**
 * One word for a change of both parts: BETTER or WORSE when every changed part points that way,
 * MIXED when they disagree, NOT_COMPARABLE when the area is classified in only one run.
 */
export function overallDirection(status: ChangeDirection | null, dynamics: ChangeDirection | null): ChangeDirection {
  const changed = [status, dynamics].filter((part): part is ChangeDirection => part !== null);
  if (changed.length === 0) throw new Error("an unchanged area has no direction");
  if (changed.includes("NOT_COMPARABLE")) return "NOT_COMPARABLE";
  if (changed.every((part) => part === "BETTER")) return "BETTER";
  if (changed.every((part) => part === "WORSE")) return "WORSE";
  return "MIXED";
}
