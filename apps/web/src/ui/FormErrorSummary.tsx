import { useTranslation } from "react-i18next";
import { Notice } from "./Notice.tsx";

/**
 * The alert at the top of a form after a rejected submit: "please fix the marked fields",
 * plus the problems that belong to no single field.
 */
export function FormErrorSummary({ show, messages }: { show: boolean; messages: readonly string[] }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Notice tone="error" role="alert" title={t("form.fixErrors")}>
      {messages.length > 0 ? (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
