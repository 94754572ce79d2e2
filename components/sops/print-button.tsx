"use client";

import { Button, type ButtonProps } from "@/components/ui/button";

/** "Cetak": opens the browser's print dialog (the page's print styles lay the SOP out on A4). */
export function PrintButton({ children = "Cetak", ...rest }: Omit<ButtonProps, "onClick" | "type">) {
  return (
    <Button {...rest} type="button" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
