import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../ui/Button.tsx";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { useCompareSet } from "../hooks/useCompareSet.ts";
import { type AddResult, comparePath, maxCompareAreas } from "../utils/compareSet.ts";

export interface AddToCompareButtonProps {
  code: string;
  name: string;
  /** Compact: a small button for lists (similar areas); the full one also links to the comparison. */
  compact?: boolean;
}

/**
 * Adds an area to the comparison set (or takes it out again) and says what happened; at six
 * areas the set is full and nothing is added.
 */
export function AddToCompareButton({ code, name, compact = false }: AddToCompareButtonProps) {
  const { t } = useTranslation();
  const set = useCompareSet();
  const [result, setResult] = useState<AddResult | "removed" | undefined>();
  const included = set.codes.includes(code);

  const toggle = () => {
    if (included) {
      set.remove(code);
      setResult("removed");
    } else {
      setResult(set.add(code));
    }
  };

  const message =
    result === "full"
      ? t("compare.add.full", { max: maxCompareAreas })
      : result === "added"
        ? t("compare.add.added", { name, count: set.codes.length, max: maxCompareAreas })
        : result === "removed"
          ? t("compare.add.removed", { name })
          : "";

  return (
    <div className={compact ? "compare-add compare-add--compact" : "compare-add"}>
      <Button
        size={compact ? "sm" : "md"}
        variant={compact || included ? "secondary" : "primary"}
        onClick={toggle}
        aria-label={compact ? t(included ? "compare.add.removeNamed" : "compare.add.addNamed", { name }) : undefined}
      >
        {included
          ? t(compact ? "compare.add.removeShort" : "compare.add.remove")
          : t(compact ? "compare.add.addShort" : "compare.add.add")}
      </Button>
      {!compact && set.codes.length > 0 ? (
        <ButtonLink to={comparePath(set.codes)} variant="quiet">
          {t("compare.add.open", { count: set.codes.length })}
        </ButtonLink>
      ) : null}
      <span className="compare-add__status" role="status">
        {message}
      </span>
    </div>
  );
}
