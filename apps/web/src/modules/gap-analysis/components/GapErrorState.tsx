import { useTranslation } from "react-i18next";
import { graphqlErrorCode, graphqlFieldErrors } from "../../../lib/apollo.ts";
import { Notice } from "../../../ui/Notice.tsx";
import { AccessErrorState } from "../../account/components/RequireAccess.tsx";

/** The control a field of GapAnalysisInput is set with, for naming it in an error. */
const controlOfField = {
  level: "gaps.controls.level",
  date: "gaps.controls.date",
  categories: "gaps.controls.categories",
  targetGroups: "gaps.controls.targetGroups",
  age: "gaps.controls.age",
  supplyMeasure: "gaps.controls.supplyMeasure",
  populationIndicatorKey: "gaps.controls.population",
  per: "gaps.controls.per",
  needIndicatorKey: "gaps.controls.need",
  needIndexRunId: "gaps.controls.need",
  radiusKm: "gaps.controls.radius",
  hypotheticalOffers: "gaps.scenario.title",
} as const;

type InputField = keyof typeof controlOfField;
const isInputField = (name: string): name is InputField => Object.hasOwn(controlOfField, name);

/**
 * Why the analysis failed: settings the API refuses (BAD_USER_INPUT) are named with their
 * control, so the planner can change them above; missing permissions and other errors as usual.
 */
export function GapErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = graphqlErrorCode(error) === "BAD_USER_INPUT" ? graphqlFieldErrors(error) : [];
  if (fieldErrors.length === 0) return <AccessErrorState error={error} {...(onRetry ? { onRetry } : {})} />;
  return (
    <Notice tone="error" role="alert" title={t("gaps.states.invalidTitle")}>
      <ul className="gap-errors">
        {fieldErrors.map((fieldError) => {
          const name = fieldError.field.split(".")[0] ?? "";
          return (
            <li key={`${fieldError.field}:${fieldError.message}`}>
              <strong>{isInputField(name) ? t(controlOfField[name]) : fieldError.field}:</strong> {fieldError.message}
            </li>
          );
        })}
      </ul>
      <p>{t("gaps.states.invalidHint")}</p>
    </Notice>
  );
}
