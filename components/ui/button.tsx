import Link from "next/link";
import type { ComponentProps } from "react";
import styles from "./button.module.css";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

type StyleProps = { variant?: ButtonVariant; size?: ButtonSize };

export function buttonClassName({ variant = "primary", size = "md" }: StyleProps, extra?: string) {
  return [styles.button, styles[variant], styles[size], extra].filter(Boolean).join(" ");
}

export type ButtonProps = ComponentProps<"button"> &
  StyleProps & {
    /** Shows a spinner and disables the button, e.g. while a form is being sent. */
    loading?: boolean;
  };

export function Button({
  variant,
  size,
  loading = false,
  disabled,
  type = "button",
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClassName({ variant, size }, className)}
    >
      {loading && <span className={styles.spinner} aria-hidden="true" />}
      {children}
    </button>
  );
}

export type LinkButtonProps = ComponentProps<typeof Link> & StyleProps;

export function LinkButton({ variant, size, className, ...rest }: LinkButtonProps) {
  return <Link {...rest} className={buttonClassName({ variant, size }, className)} />;
}
