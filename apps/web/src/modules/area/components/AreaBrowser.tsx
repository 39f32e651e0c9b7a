import { useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AreaLevelsDocument, AreaListDocument } from "../../../generated/documents/area.ts";
import type { AreaLevel } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { EmptyState, QueryState } from "../../../ui/QueryState.tsx";
import { SearchField } from "../../../ui/SearchField.tsx";
import { TabPanel, Tabs } from "../../../ui/Tabs.tsx";
import { filterAreas } from "../utils/filterAreas.ts";
import { AreaTable } from "./AreaTable.tsx";

export interface AreaBrowserProps {
  level: AreaLevel;
  /** Text filter on name or code. */
  query: string;
  onLevelChange: (level: AreaLevel) => void;
  onQueryChange: (query: string) => void;
}

const tabsId = "area-levels";

/** Areas of one level as a filterable table, with one tab per level of the hierarchy. */
export function AreaBrowser({ level, query, onLevelChange, onQueryChange }: AreaBrowserProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const levels = useQuery(AreaLevelsDocument);

  return (
    <div className="area-browser">
      <div className="tabs-slot">
        <QueryState
          data={levels.dataState === "complete" ? levels.data.areaLevels : undefined}
          error={levels.error}
          isEmpty={(list) => list.length === 0}
          empty={t("areas.noLevels")}
          loading={<div className="tabs tabs--placeholder" />}
          onRetry={() => void levels.refetch()}
        >
          {(list) => (
            <Tabs
              label={t("areas.levelTabs")}
              idPrefix={tabsId}
              selected={level}
              onSelect={onLevelChange}
              items={list.map((entry) => ({
                id: entry.level,
                label: t(`levels.${entry.level}.other`),
                meta: format.number(entry.count),
              }))}
            />
          )}
        </QueryState>
      </div>
      <TabPanel idPrefix={tabsId} selected={level}>
        <AreaLevelTable level={level} query={query} onQueryChange={onQueryChange} />
      </TabPanel>
    </div>
  );
}

function AreaLevelTable({ level, query, onQueryChange }: Omit<AreaBrowserProps, "onLevelChange">) {
  const { t } = useTranslation();
  const format = useFormatters();
  const list = useQuery(AreaListDocument, { variables: { level } });
  const [text, setText] = useState(query);
  const inputWrapper = useRef<HTMLDivElement>(null);

  // Follow the URL when it changes from outside (back button, a link), not while the user types:
  // URL updates arrive asynchronously and would overwrite newer keystrokes.
  useEffect(() => {
    if (!inputWrapper.current?.contains(document.activeElement)) setText(query);
  }, [query]);

  const levelName = t(`levels.${level}.other`);

  return (
    <>
      <div ref={inputWrapper} className="filter-bar">
        <SearchField
          label={t("areas.filterLabel")}
          placeholder={t("areas.filterPlaceholder")}
          value={text}
          onChange={(value) => {
            setText(value);
            onQueryChange(value);
          }}
        />
      </div>
      <QueryState
        data={list.dataState === "complete" ? list.data.areas : undefined}
        error={list.error}
        isEmpty={(areas) => areas.length === 0}
        empty={t("areas.empty")}
        onRetry={() => void list.refetch()}
      >
        {(areas) => {
          const shown = filterAreas(areas, text);
          return (
            <>
              <p className="result-count" aria-live="polite">
                {t("areas.resultCount", { count: areas.length, shown: format.number(shown.length) })}
              </p>
              {shown.length === 0 ? (
                <EmptyState>{t("areas.noMatch", { query: text.trim() })}</EmptyState>
              ) : (
                <AreaTable
                  areas={shown}
                  caption={t("areas.tableCaption", { level: levelName })}
                  showParent={level !== "STADT"}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
