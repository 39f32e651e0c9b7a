import { useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { OrganisationOptionsDocument } from "../../../generated/documents/account.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { normalizeForSearch, searchWords } from "../../../lib/search.ts";
import { Button } from "../../../ui/Button.tsx";
import { EmptyState, QueryState } from "../../../ui/QueryState.tsx";

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface OrganisationPickerProps {
  selected: readonly OrganisationRef[];
  onChange: (selected: OrganisationRef[]) => void;
  error?: string | undefined;
}

/**
 * Several organisations out of many: the chosen ones as removable chips, the others as a
 * checkbox list narrowed by a search field. Plain form controls, so it works with keyboard
 * and screen reader without a custom combobox.
 */
export function OrganisationPicker({ selected, onChange, error }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [query, setQuery] = useState("");
  const options = useQuery(OrganisationOptionsDocument);
  const selectedIds = new Set(selected.map((organisation) => organisation.id));

  const toggle = (organisation: OrganisationRef, checked: boolean) =>
    onChange(checked ? [...selected, organisation] : selected.filter((candidate) => candidate.id !== organisation.id));

  return (
    <fieldset className="org-picker" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t("userForm.organisations")}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t("userForm.organisationsHint")}
      </p>
      <div className="org-picker__selected">
        <span className="visually-hidden" id={`${id}-selected`}>
          {t("userForm.selected")}
        </span>
        {selected.length === 0 ? (
          <p className="muted org-picker__none">{t("userForm.noneSelected")}</p>
        ) : (
          <ul className="chips" aria-labelledby={`${id}-selected`}>
            {selected.map((organisation) => (
              <li key={organisation.id} className="chip">
                <span>{organisation.name}</span>
                <Button
                  size="sm"
                  variant="quiet"
                  className="chip__remove"
                  aria-label={t("userForm.remove", { name: organisation.name })}
                  onClick={() => toggle(organisation, false)}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="field">
        <label className="field__label field__label--secondary" htmlFor={`${id}-search`}>
          {t("userForm.organisationSearch")}
        </label>
        <input
          id={`${id}-search`}
          className="field__input"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-controls={`${id}-options`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true" className="field__error-icon">
            !
          </span>
          {error}
        </p>
      ) : null}
      <div id={`${id}-options`} className="org-picker__options">
        <QueryState
          data={options.dataState === "complete" ? options.data.organisations : undefined}
          error={options.error}
          onRetry={() => void options.refetch()}
          isEmpty={(connection) => connection.edges.length === 0}
          empty={t("userForm.noOrganisations")}
        >
          {(connection) => {
            const words = searchWords(query);
            const shown = connection.edges
              .map((edge) => edge.node)
              .filter((node) => words.every((word) => normalizeForSearch(node.name).includes(word)));
            return (
              <>
                {connection.totalCount > connection.edges.length ? (
                  <p className="field__hint">
                    {t("userForm.organisationsTruncated", {
                      shown: format.number(connection.edges.length),
                      total: format.number(connection.totalCount),
                    })}
                  </p>
                ) : null}
                {shown.length === 0 ? (
                  <EmptyState>{t("userForm.noOrganisationMatch", { query: query.trim() })}</EmptyState>
                ) : (
                  <ul className="org-picker__list" aria-label={t("userForm.organisationList")}>
                    {shown.map((organisation) => (
                      <li key={organisation.id}>
                        <label className="org-picker__option">
                          <input
                            type="checkbox"
                            checked={selectedIds.has(organisation.id)}
                            onChange={(event) =>
                              toggle({ id: organisation.id, name: organisation.name }, event.target.checked)
                            }
                          />
                          <span>{organisation.name}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            );
          }}
        </QueryState>
      </div>
    </fieldset>
  );
}
