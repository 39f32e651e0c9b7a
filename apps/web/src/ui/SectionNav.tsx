import { NavLink } from "react-router";

export interface SectionNavItem {
  to: string;
  label: string;
}

/** A second navigation level inside one section of the app, e.g. the parts of "Verwaltung". */
export function SectionNav({ label, items }: { label: string; items: readonly SectionNavItem[] }) {
  return (
    <nav aria-label={label} className="section-nav">
      <ul className="section-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="section-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
