import type { Locator } from "@playwright/test";

/** Selects the first option whose text contains `text`, whatever indentation the list gives it. */
export async function chooseOptionContaining(select: Locator, text: string): Promise<void> {
  const value = await select.evaluate(
    (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.text.includes(wanted))?.value,
    text,
  );
  if (!value) throw new Error(`No option containing "${text}"`);
  await select.selectOption(value);
}
