// What the server-rendered text of TargetLineChart (legend, table) and its plot share.
import { formatDecimal } from "@/lib/utils/number";

export const VALUE_COLOR = "#1d4ed8";
export const TARGET_COLOR = "#b45309";

export const withUnit = (value: number, unit: string) => `${formatDecimal(value)} ${unit}`.trim();
