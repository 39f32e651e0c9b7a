import { useTranslation } from "react-i18next";
import { Button } from "../../../ui/Button.tsx";

/** Opens the browser's print dialog; the print stylesheet makes an A4 profile of the page. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <Button variant="quiet" onClick={() => window.print()}>
      {t("profile.actions.print")}
    </Button>
  );
}
