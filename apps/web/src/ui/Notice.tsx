import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx } from "./cx.ts";

export interface NoticeProps extends Omit<ComponentPropsWithRef<"div">, "title"> {
  tone: "info" | "success" | "error";
  title?: ReactNode;
  children?: ReactNode;
}

/**
 * A message box. The caller chooses how it is announced: `role="alert"` for errors that need
 * attention now, `role="status"` for confirmations, nothing for static hints.
 */
export function Notice({ tone, title, children, className, ...rest }: NoticeProps) {
  return (
    <div className={cx("notice", `notice--${tone}`, className)} {...rest}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children}
    </div>
  );
}
