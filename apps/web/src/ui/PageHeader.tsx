import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface PageHeaderProps {
  title: string;
  lead?: ReactNode;
  /** Shown above the title, e.g. breadcrumbs. */
  above?: ReactNode;
  /** Shown next to the title, e.g. a status badge. */
  badge?: ReactNode;
  children?: ReactNode;
}

export function PageHeader({ title, lead, above, badge, children }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      {/* React 19 hoists <title> into <head>. */}
      <title>{`${title} · ${t("app.titleSuffix")}`}</title>
      {above}
      <div className="page-header__title-row">
        <h1 className="page-header__title">{title}</h1>
        {badge}
      </div>
      {lead ? <p className="page-header__lead">{lead}</p> : null}
      {children}
    </header>
  );
}
