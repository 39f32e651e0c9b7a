import { useTranslation } from "react-i18next";
import type { Role } from "../../../generated/graphql.ts";
import { Button } from "../../../ui/Button.tsx";
import type { Credentials } from "./SignInForm.tsx";

/** The accounts the API's demo seed creates (apps/api/src/demo/accounts.ts), one per role. */
const demoAccounts: ReadonlyArray<Credentials & { role: Role }> = [
  { role: "ADMIN", email: "admin@example.org", password: "demo-admin-2026" },
  { role: "PLANNER", email: "planung@example.org", password: "demo-planung-2026" },
  { role: "PROVIDER", email: "traeger@example.org", password: "demo-traeger-2026" },
  { role: "VIEWER", email: "rat@example.org", password: "demo-rat-2026" },
];

/** Whether this build shows the demo accounts (turned off with VITE_DEMO_HINT=false). */
export const showDemoAccounts = import.meta.env.VITE_DEMO_HINT !== "false";

/** A hint box with the demo accounts; "fill in" puts an account's credentials into the form. */
export function DemoAccounts({ onUse }: { onUse: (credentials: Credentials) => void }) {
  const { t } = useTranslation();
  return (
    <aside className="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">{t("demo.title")}</h2>
      <p>{t("demo.text")}</p>
      <ul className="demo-accounts__list">
        {demoAccounts.map((account) => (
          <li key={account.email} className="demo-accounts__item">
            <div className="demo-accounts__text">
              <strong>{t(`roles.${account.role}`)}</strong>
              <span className="code">{account.email}</span>
              <span className="demo-accounts__password">
                <span>{t("demo.passwordLabel")}</span>
                <span className="code">{account.password}</span>
              </span>
            </div>
            <Button
              size="sm"
              aria-label={t("demo.useLabel", { role: t(`roles.${account.role}`) })}
              onClick={() => onUse({ email: account.email, password: account.password })}
            >
              {t("demo.use")}
            </Button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
