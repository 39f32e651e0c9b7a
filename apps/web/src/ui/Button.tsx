import type { ComponentPropsWithRef } from "react";
import { cx } from "./cx.ts";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: "primary" | "secondary" | "quiet";
  size?: "sm" | "md";
}

export function Button({ variant = "secondary", size = "md", className, type, ...rest }: ButtonProps) {
  return (
    <button
      // A button inside a form must not submit it by accident.
      type={type === "submit" || type === "reset" ? type : "button"}
      className={cx("btn", `btn--${variant}`, size === "sm" && "btn--sm", className)}
      {...rest}
    />
  );
}
