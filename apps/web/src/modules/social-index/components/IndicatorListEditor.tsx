import { useTranslation } from "react-i18next";
import type { IndexPolarity } from "../../../generated/graphql.ts";
import { Button } from "../../../ui/Button.tsx";
import { cx } from "../../../ui/cx.ts";
import { type IndexPart, type IndicatorRow, newRowId } from "../utils/definitionForm.ts";

export interface IndicatorOption {
  key: string;
  name: string;
  topic: string;
}

const polarities: readonly IndexPolarity[] = ["HIGHER_IS_WORSE", "HIGHER_IS_BETTER"];

export interface IndicatorListEditorProps {
  part: IndexPart;
  rows: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  options: readonly IndicatorOption[];
  /** Field errors by path, e.g. "status.indicators.1.weight". */
  errors: Record<string, string | undefined>;
}

/**
 * The indicators of one part of a definition: each with its weight and polarity, added,
 * removed and moved up or down with buttons (keyboard and screen reader friendly, no drag).
 */
export function IndicatorListEditor({ part, rows, onChange, options, errors }: IndicatorListEditorProps) {
  const { t } = useTranslation();
  const partName = t(`indexWorkbench.form.parts.${part}`);
  const listError = errors[`${part}.indicators`];
  const listErrorId = `${part}-indicators-error`;

  const update = (index: number, patch: Partial<IndicatorRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (row) next.splice(index + by, 0, row);
    onChange(next);
  };
  const add = () => {
    const used = new Set(rows.map((row) => row.indicatorKey));
    const free = options.find((option) => !used.has(option.key));
    onChange([...rows, { rowId: newRowId(), indicatorKey: free?.key ?? "", weight: "1", polarity: "HIGHER_IS_WORSE" }]);
  };

  const topics = [...new Set(options.map((option) => option.topic))];
  const known = new Set(options.map((option) => option.key));

  return (
    <div className={cx("indicator-editor", listError && "field--invalid")}>
      {rows.length > 0 ? (
        <table className="indicator-editor__table" aria-describedby={listError ? listErrorId : undefined}>
          <caption className="visually-hidden">{t("indexWorkbench.form.indicatorsOf", { part: partName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("indexWorkbench.form.position")}</th>
              <th scope="col">{t("indexWorkbench.form.indicator")}</th>
              <th scope="col">{t("indexWorkbench.form.weight")}</th>
              <th scope="col">{t("indexWorkbench.form.polarity")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("indexWorkbench.form.rowActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const n = index + 1;
              const path = `${part}.indicators.${index}`;
              const keyError = errors[`${path}.indicatorKey`];
              const weightError = errors[`${path}.weight`];
              const polarityError = errors[`${path}.polarity`];
              const label = (field: string) => t("indexWorkbench.form.rowField", { field, n, part: partName });
              return (
                <tr key={row.rowId}>
                  <td className="num">{n}</td>
                  <td>
                    <select
                      className="field__input field__select"
                      aria-label={label(t("indexWorkbench.form.indicator"))}
                      value={row.indicatorKey}
                      aria-invalid={keyError ? true : undefined}
                      aria-describedby={keyError ? `${path}-key-error` : undefined}
                      onChange={(event) => update(index, { indicatorKey: event.target.value })}
                    >
                      <option value="">{t("indexWorkbench.form.chooseIndicator")}</option>
                      {row.indicatorKey && !known.has(row.indicatorKey) ? (
                        <option value={row.indicatorKey}>{row.indicatorKey}</option>
                      ) : null}
                      {topics.map((topic) => (
                        <optgroup key={topic} label={topic}>
                          {options
                            .filter((option) => option.topic === topic)
                            .map((option) => (
                              <option key={option.key} value={option.key}>
                                {`${option.name} (${option.key})`}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                    <RowError id={`${path}-key-error`} error={keyError} />
                  </td>
                  <td>
                    <input
                      className="field__input indicator-editor__weight"
                      inputMode="decimal"
                      aria-label={label(t("indexWorkbench.form.weight"))}
                      value={row.weight}
                      aria-invalid={weightError ? true : undefined}
                      aria-describedby={weightError ? `${path}-weight-error` : undefined}
                      onChange={(event) => update(index, { weight: event.target.value })}
                    />
                    <RowError id={`${path}-weight-error`} error={weightError} />
                  </td>
                  <td>
                    <select
                      className="field__input field__select"
                      aria-label={label(t("indexWorkbench.form.polarity"))}
                      value={row.polarity}
                      aria-invalid={polarityError ? true : undefined}
                      onChange={(event) => update(index, { polarity: event.target.value as IndexPolarity })}
                    >
                      {polarities.map((polarity) => (
                        <option key={polarity} value={polarity}>
                          {t(`indexWorkbench.polarity.${polarity}`)}
                        </option>
                      ))}
                    </select>
                    <RowError id={`${path}-polarity-error`} error={polarityError} />
                  </td>
                  <td>
                    <div className="indicator-editor__actions">
                      <Button
                        size="sm"
                        variant="quiet"
                        disabled={index === 0}
                        aria-label={t("indexWorkbench.form.moveUp", { n, part: partName })}
                        onClick={() => move(index, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </Button>
                      <Button
                        size="sm"
                        variant="quiet"
                        disabled={index === rows.length - 1}
                        aria-label={t("indexWorkbench.form.moveDown", { n, part: partName })}
                        onClick={() => move(index, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </Button>
                      <Button
                        size="sm"
                        variant="quiet"
                        aria-label={t("indexWorkbench.form.remove", { n, part: partName })}
                        onClick={() => onChange(rows.filter((_, i) => i !== index))}
                      >
                        <span aria-hidden="true">✕</span>
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="field__hint">{t("indexWorkbench.form.noIndicators")}</p>
      )}
      <RowError id={listErrorId} error={listError} />
      <div>
        <Button size="sm" onClick={add}>
          {t("indexWorkbench.form.addIndicator", { part: partName })}
        </Button>
      </div>
    </div>
  );
}

function RowError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="field__error">
      <span aria-hidden="true" className="field__error-icon">
        !
      </span>
      {error}
    </p>
  );
}
