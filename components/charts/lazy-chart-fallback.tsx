// What a chart shows while its code loads on a client-side navigation (the server renders the
// chart itself): the room it will take, so the page does not jump.
export function LazyChartFallback({ height }: { height: number }) {
  return <div aria-hidden="true" style={{ minHeight: height }} />;
}
