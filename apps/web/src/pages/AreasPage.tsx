import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { AreaLevel } from "../generated/graphql.ts";
import { AreaBrowser } from "../modules/area/components/AreaBrowser.tsx";
import { isAreaLevel } from "../modules/area/utils/levels.ts";
import { PageHeader } from "../ui/PageHeader.tsx";

const defaultLevel: AreaLevel = "BEZIRK";

/** `/gebiete?level=BEZIRK&q=…`: level and filter live in the URL so a list can be shared. */
export function AreasPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const levelParam = params.get("level");
  const level = isAreaLevel(levelParam) ? levelParam : defaultLevel;
  const query = params.get("q") ?? "";

  const update = (key: "level" | "q", value: string, replace: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );

  return (
    <>
      <PageHeader title={t("areas.title")} lead={t("areas.lead")} />
      <AreaBrowser
        level={level}
        query={query}
        // A new level is a step worth going back to; each keystroke of the filter is not.
        onLevelChange={(next) => update("level", next, false)}
        onQueryChange={(next) => update("q", next, true)}
      />
    </>
  );
}
