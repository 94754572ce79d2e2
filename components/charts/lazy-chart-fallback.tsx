// What a plot shows until its code (recharts) has loaded in the browser: the plot is drawn only
// there, in a box whose height the server already reserved, so the page does not jump.
export function LazyChartFallback() {
  return <div aria-hidden="true" style={{ height: "100%", borderRadius: 4, background: "var(--color-surface-muted)" }} />;
}
