"use client";
// A disclosure (a button that shows and hides a panel): the open state, the ids and props for
// aria-expanded/aria-controls, and Escape that closes the panel and puts focus back on the button.
import { useId, useRef, useState, type KeyboardEvent } from "react";

export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  const buttonProps = {
    ref: buttonRef,
    type: "button" as const,
    "aria-expanded": open,
    "aria-controls": panelId,
    onClick: () => setOpen((value) => !value),
  };

  return { open, setOpen, panelId, buttonRef, buttonProps, onKeyDown };
}
