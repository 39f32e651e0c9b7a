import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useSignOut } from "../hooks/useSession.ts";
import type { Viewer } from "../hooks/useViewer.ts";

/**
 * A disclosure menu (button with aria-expanded and a panel of ordinary links and buttons):
 * Escape closes it and returns focus to the button, so do a click outside and leaving it
 * with the Tab key.
 */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const location = useLocation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { signOut, pending, error } = useSignOut();

  // Following a link in the menu closes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation on purpose.
  useEffect(() => setOpen(false), [location.key]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !container.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };

  const roleName = t(`roles.${viewer.role}`);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is handled for the whole menu, whichever item has focus.
    <div
      ref={container}
      className="user-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Only when focus moves somewhere else: Safari does not focus clicked buttons, so a
        // blur without a new target may be a click inside (outside clicks are handled above).
        const next = event.relatedTarget;
        if (next instanceof Node && !container.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(viewer.name)}
        </span>
        <span className="user-menu__who">
          <span className="user-menu__name">{viewer.name}</span>
          {/* Separates name and role for screen readers: "Paula Planung, Sozialplanung". */}
          <span className="visually-hidden">, </span>
          <span className="user-menu__role">{roleName}</span>
        </span>
        <svg className="user-menu__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="m2.5 4.5 3.5 3.5 3.5-3.5" />
        </svg>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__account">
          <span className="muted">{t("userMenu.signedInAs")}</span>
          <span className="user-menu__email">{viewer.email}</span>
        </p>
        <ul className="user-menu__items">
          <li>
            <Link className="user-menu__item" to="/konto/passwort">
              {t("userMenu.changePassword")}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="user-menu__item"
              disabled={pending}
              onClick={() => void signOut().catch(() => undefined)}
            >
              {t("userMenu.signOut")}
            </button>
          </li>
        </ul>
        {error ? (
          <p className="field__error" role="alert">
            {t("userMenu.signOutFailed")}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** "Demo Admin" → "DA": a small visual anchor, hidden from screen readers. */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0] ?? "");
  return (letters.length > 1 ? `${letters[0]}${letters[letters.length - 1]}` : (letters[0] ?? "?")).toUpperCase();
}
