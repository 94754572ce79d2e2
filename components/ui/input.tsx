import type { ComponentProps } from "react";
import styles from "./control.module.css";

export type InputProps = ComponentProps<"input">;

/** Text-like input. `ref` is a normal prop, so `{...register("name")}` works. */
export function Input({ className, type = "text", ...rest }: InputProps) {
  return <input {...rest} type={type} className={[styles.control, className].filter(Boolean).join(" ")} />;
}
