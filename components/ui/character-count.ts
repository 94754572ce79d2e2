/** "120/1000": what a text area with a maximum length shows under it. */
export function characterCount(length: number, max: number): string {
  return `${length}/${max}`;
}

/** The count turns to a warning in the last tenth (at least the last 10 characters). */
export function nearLimit(length: number, max: number): boolean {
  return max - length <= Math.max(10, Math.ceil(max / 10));
}
