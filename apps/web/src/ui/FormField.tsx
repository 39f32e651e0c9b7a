import { type ComponentPropsWithRef, type ReactNode, useId } from "react";
import { cx } from "./cx.ts";

interface FieldBase {
  label: string;
  /** Shown under the label; tied to the control with aria-describedby. */
  hint?: ReactNode;
  /** Shown under the control; marks it invalid and is read out with it. */
  error?: string | undefined;
}

interface AriaProps {
  id?: string | undefined;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling" | undefined;
  "aria-describedby"?: string | undefined;
}

/**
 * Ids and ARIA attributes that tie a control to its hint and error text. The caller may add
 * its own description (e.g. a form-level message) and mark the control invalid itself.
 */
function useFieldIds({ id, ...aria }: AriaProps, hint: ReactNode, error: string | undefined) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const control = {
    id: controlId,
    "aria-invalid": aria["aria-invalid"] ?? (error ? true : undefined),
    "aria-describedby": [hintId, errorId, aria["aria-describedby"]].filter(Boolean).join(" ") || undefined,
  };
  return { hintId, errorId, control };
}

function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
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

export interface TextFieldProps extends FieldBase, Omit<ComponentPropsWithRef<"input">, "className"> {}

/** A labelled text input (text, e-mail, password …) with optional hint and error. */
export function TextField({ label, hint, error, id, ...input }: TextFieldProps) {
  const ids = useFieldIds(
    { id, "aria-invalid": input["aria-invalid"], "aria-describedby": input["aria-describedby"] },
    hint,
    error,
  );
  return (
    <div className={cx("field", error && "field--invalid")}>
      <label className="field__label" htmlFor={ids.control.id}>
        {label}
      </label>
      {hint ? (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input className="field__input" {...input} {...ids.control} />
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

export interface SelectFieldProps extends FieldBase, Omit<ComponentPropsWithRef<"select">, "className"> {}

export function SelectField({ label, hint, error, id, children, ...select }: SelectFieldProps) {
  const ids = useFieldIds(
    { id, "aria-invalid": select["aria-invalid"], "aria-describedby": select["aria-describedby"] },
    hint,
    error,
  );
  return (
    <div className={cx("field", error && "field--invalid")}>
      <label className="field__label" htmlFor={ids.control.id}>
        {label}
      </label>
      {hint ? (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <select className="field__input field__select" {...select} {...ids.control}>
        {children}
      </select>
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

export interface CheckboxFieldProps extends FieldBase, Omit<ComponentPropsWithRef<"input">, "className" | "type"> {}

/** A checkbox with its label to the right and an optional hint below. */
export function CheckboxField({ label, hint, error, id, ...input }: CheckboxFieldProps) {
  const ids = useFieldIds(
    { id, "aria-invalid": input["aria-invalid"], "aria-describedby": input["aria-describedby"] },
    hint,
    error,
  );
  return (
    <div className={cx("checkbox-field", error && "field--invalid")}>
      <input type="checkbox" className="checkbox-field__input" {...input} {...ids.control} />
      <div className="checkbox-field__text">
        <label className="field__label" htmlFor={ids.control.id}>
          {label}
        </label>
        {hint ? (
          <p id={ids.hintId} className="field__hint">
            {hint}
          </p>
        ) : null}
        <FieldError id={ids.errorId} error={error} />
      </div>
    </div>
  );
}
