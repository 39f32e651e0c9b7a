import { Link, type LinkProps } from "react-router";
import { cx } from "./cx.ts";

export interface ButtonLinkProps extends LinkProps {
  variant?: "primary" | "secondary" | "quiet";
  size?: "sm" | "md";
}

/** A link that looks like a button: it goes somewhere instead of doing something. */
export function ButtonLink({ variant = "secondary", size = "md", className, ...rest }: ButtonLinkProps) {
  return <Link className={cx("btn", `btn--${variant}`, size === "sm" && "btn--sm", className)} {...rest} />;
}
