import { type RefObject, useCallback, useEffect, useState } from "react";

/**
 * Moves focus to the first control of a form marked aria-invalid, after the errors are
 * rendered: the user lands on the problem and the screen reader reads its message.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, form]);
  return useCallback(() => setRequest((n) => n + 1), []);
}
