import { useTranslation } from "react-i18next";
import type { OfferPublication } from "../../../generated/graphql.ts";
import { Badge, type BadgeTone } from "../../../ui/Badge.tsx";

const tones: Record<OfferPublication, BadgeTone> = {
  DRAFT: "muted",
  SUBMITTED: "notice",
  RETURNED: "notice",
  PUBLISHED: "success",
};

/** Where an offer stands in the publication workflow. */
export function PublicationBadge({ publication }: { publication: OfferPublication }) {
  const { t } = useTranslation();
  return <Badge tone={tones[publication]}>{t(`offerAdmin.publication.${publication}`)}</Badge>;
}

/** The flag of an offer whose information should be confirmed again. */
export function VerificationDueBadge() {
  const { t } = useTranslation();
  return <Badge tone="notice">{t("offerAdmin.verificationDue")}</Badge>;
}
