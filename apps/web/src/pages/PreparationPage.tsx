import { useTranslation } from "react-i18next";
import { Badge } from "../ui/Badge.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

export type PreparedSection = "indicators" | "programmes" | "measures" | "reports";

const plannedItems = ["planned1", "planned2", "planned3"] as const;

/** An honest placeholder for a section that is planned but has no data or functions yet. */
export function PreparationPage({ section }: { section: PreparedSection }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t(`${section}.title`)}
        lead={t(`${section}.lead`)}
        badge={<Badge tone="notice">{t("common.inPreparation")}</Badge>}
      />
      <section className="panel" aria-labelledby="planned-title">
        <p className="panel__note">{t("preparation.note")}</p>
        <h2 id="planned-title">{t("preparation.plannedTitle")}</h2>
        <ul className="planned-list">
          {plannedItems.map((item) => (
            <li key={item}>{t(`${section}.${item}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
