import { useTranslation } from "react-i18next";
import { changeLanguage, languages } from "../i18n/i18n.ts";
import { Button } from "../ui/Button.tsx";

/** DE/EN buttons; the choice is remembered in localStorage and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would need a visible legend inside the compact header.
    <div role="group" aria-label={t("language.label")} className="language-switch">
      {languages.map((language) => (
        <Button
          key={language}
          size="sm"
          variant="quiet"
          lang={language}
          title={t(`language.${language}`)}
          aria-pressed={current === language}
          onClick={() => void changeLanguage(language)}
        >
          {language.toUpperCase()}
        </Button>
      ))}
    </div>
  );
}
