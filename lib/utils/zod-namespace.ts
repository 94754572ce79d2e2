// The part of zod's `z` the portal uses, as a namespace of its own. zod's own `z` also carries
// `z.locales` (every language, about 50 KB gzip), and a namespace object cannot be tree-shaken,
// so importing it put every locale into each form page's JavaScript. Add members here as needed.
export {
  array,
  boolean,
  coerce,
  custom,
  email,
  enum,
  literal,
  NEVER,
  number,
  object,
  partialRecord,
  strictObject,
  string,
  union,
  ZodError,
  ZodType,
} from "zod";
export type { core, infer, input, output } from "zod";
