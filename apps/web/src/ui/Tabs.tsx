import { type KeyboardEvent, type ReactNode, useRef } from "react";
import { cx } from "./cx.ts";

export interface TabItem<T extends string> {
  id: T;
  label: string;
  /** Shown after the label in a pill, e.g. a count. */
  meta?: string;
}

export interface TabsProps<T extends string> {
  /** Accessible name of the tab list. */
  label: string;
  items: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** Prefix for element ids that tie tabs to their panel. */
  idPrefix: string;
}

export const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;
export const tabPanelId = (idPrefix: string) => `${idPrefix}-panel`;

/**
 * A segmented control with tab semantics (WAI-ARIA tabs, automatic activation): arrow keys,
 * Home and End move between tabs, only the selected tab is in the tab order.
 */
export function Tabs<T extends string>({ label, items, selected, onSelect, idPrefix }: TabsProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);

  const focusAndSelect = (index: number) => {
    const item = items[(index + items.length) % items.length];
    if (!item) return;
    onSelect(item.id);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, item.id))}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = items.findIndex((item) => item.id === selected);
    const next: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusAndSelect(target);
  };

  return (
    <div ref={listRef} role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
      {items.map((item) => {
        const isSelected = item.id === selected;
        return (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={tabId(idPrefix, item.id)}
            aria-selected={isSelected}
            aria-controls={tabPanelId(idPrefix)}
            tabIndex={isSelected ? 0 : -1}
            className={cx("tabs__tab", isSelected && "is-selected")}
            onClick={() => onSelect(item.id)}
          >
            <span>{item.label}</span>
            {item.meta !== undefined ? <span className="tabs__meta">{item.meta}</span> : null}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({
  idPrefix,
  selected,
  children,
}: {
  idPrefix: string;
  selected: string;
  children: ReactNode;
}) {
  return (
    <div role="tabpanel" id={tabPanelId(idPrefix)} aria-labelledby={tabId(idPrefix, selected)} className="tab-panel">
      {children}
    </div>
  );
}
