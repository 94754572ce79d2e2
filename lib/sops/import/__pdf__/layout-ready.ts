// Whether the layout reader (issue 16, another helper's part) already rebuilds rows from positioned
// pages: the tests that parse a whole PDF into SOPs run once it does, and are skipped before.
import { readLayout } from "../layout-reader";

export const layoutReaderReady =
  readLayout([{ page: 1, width: 600, shapes: [], lines: [{ line: 1, y0: 10, y1: 20, chunks: [{ text: "Nomor SOP", x0: 10, x1: 60 }] }] }]).length > 0;
