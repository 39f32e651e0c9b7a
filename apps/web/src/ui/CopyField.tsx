import { useEffect, useId, useRef, useState } from "react";
import { Button } from "./Button.tsx";

export interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  /** Shown when the browser does not allow writing to the clipboard (e.g. without HTTPS). */
  copyFailedMessage: string;
  hint?: string;
  /** Focus (and select) the value when it appears, e.g. right after it was generated. */
  focusOnMount?: boolean;
}

/** A read-only value (e.g. a link to hand over) with a button that copies it. */
export function CopyField({
  label,
  value,
  copyLabel,
  copiedMessage,
  copyFailedMessage,
  hint,
  focusOnMount = false,
}: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<"copied" | "failed" | undefined>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the field appears.
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, []);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setResult("copied");
    } catch {
      // Selecting the text lets the user copy it with the keyboard or the context menu.
      input.current?.focus();
      input.current?.select();
      setResult("failed");
    }
  };

  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className="field__input copy-field__input"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.target.select()}
        />
        <Button variant="primary" onClick={() => void copy()}>
          {copyLabel}
        </Button>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <p className="copy-field__status" role="status">
        {result === "copied" ? copiedMessage : result === "failed" ? copyFailedMessage : ""}
      </p>
    </div>
  );
}
