import { type ComponentPropsWithRef, type ReactNode, useId } from "react";
import { cx } from "../../../ui/cx.ts";

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<"textarea">, "className"> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled multi-line text field with hint and error, wired like ui/FormField's fields. */
export function TextAreaField({ label, hint, error, id, rows = 3, ...textarea }: TextAreaFieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return (
    <div className={cx("field", "field--wide", error && "field--invalid")}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <textarea
        className="field__input field__textarea"
        rows={rows}
        {...textarea}
        id={controlId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true" className="field__error-icon">
            !
          </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
