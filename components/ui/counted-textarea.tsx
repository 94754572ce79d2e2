"use client";
// A text area with a maximum length shows how much is used ("120/1000") under it. The count
// follows typing, and also values set by the form itself (react-hook-form's reset), which fire no
// input event: it is read back from the element after every render.
import { useId, useLayoutEffect, useRef, useState, type ComponentProps, type Ref } from "react";
import { characterCount, nearLimit } from "./character-count";
import { Textarea } from "./textarea";
import styles from "./form-field.module.css";

export type CountedTextareaProps = ComponentProps<typeof Textarea> & { maxLength: number };

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

export function CountedTextarea({ ref, maxLength, onChange, value, defaultValue, ...rest }: CountedTextareaProps) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const countId = useId();
  const initial = String(value ?? defaultValue ?? "").length;
  const [length, setLength] = useState(initial);

  useLayoutEffect(() => {
    const now = own.current?.value.length;
    if (now !== undefined && now !== length) setLength(now);
  });

  const describedBy = [rest["aria-describedby"], countId].filter(Boolean).join(" ");
  return (
    <>
      <Textarea
        {...rest}
        ref={(element) => {
          own.current = element;
          assignRef(ref, element);
        }}
        maxLength={maxLength}
        value={value}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        onChange={(event) => {
          setLength(event.target.value.length);
          onChange?.(event);
        }}
      />
      <p id={countId} className={[styles.counter, nearLimit(length, maxLength) ? styles.counterNear : ""].join(" ")}>
        {characterCount(length, maxLength)}
        <span className="visually-hidden"> karakter</span>
      </p>
    </>
  );
}
