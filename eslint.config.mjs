// The layering of ARCHITECTURE.md, enforced: app → components → lib, the Prisma client only in the
// data-access files, components/ui free of domains. Only import rules run, so the lint stays fast;
// TypeScript (`npm run typecheck`) checks the rest.
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

const RULE = "@typescript-eslint/no-restricted-imports";

// ---- What may not be imported, and where the code should go instead -----------------------------

/** lib is the bottom layer: it never reaches up into pages or components. */
const LIB_STAYS_BELOW = {
  regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
  message: "lib never imports from app or components. Move the shared code into lib (logic) or pass it in as a parameter.",
};

/** Nothing in lib imports React or the router: lib must work outside Next.js pages too. */
const LIB_WITHOUT_REACT = [
  { name: "react", message: "lib never imports React. Put UI code in components/<domain>/." },
  { name: "react-dom", message: "lib never imports React. Put UI code in components/<domain>/." },
  {
    name: "next/navigation",
    message: "lib never redirects. Return a value (or throw a DomainError) and let the page or component navigate.",
  },
];

/** The Prisma client is reached only through data-access files (type imports such as `Tx` are fine). */
const NO_PRISMA_CLIENT = [
  {
    regex: "(^|/)(lib/)?db$",
    importNames: ["getDb"],
    allowTypeImports: true,
    message:
      "Only data access touches the Prisma client: put the query in lib/<domain>/data.ts, a *-data.ts file (reads) or *mutations.ts (writes) and call that.",
  },
  {
    regex: "(^|/)db/generated(/|$)",
    allowTypeImports: true,
    message: "Import database types from lib/db, and queries from lib/<domain>/data.ts or *-data.ts.",
  },
];

/** Components get data as props or through actions, never from the database. */
const COMPONENTS_WITHOUT_DB = {
  regex: "^(@/|(\\.\\./)+)lib/db(/|$)",
  message: "Components never import lib/db. Load the data in the page (lib/<domain>/data.ts) and pass it as props.",
};

/** Components receive what data files read as props; their types may be imported. */
const COMPONENTS_WITHOUT_DATA_ACCESS = {
  regex: "^@/lib/.+/((.+-)?data|(.+-)?mutations)$",
  allowTypeImports: true,
  message:
    "Components never call data or mutation files: load the data in the page and pass it as props, or write through a server action (lib/<domain>/actions.ts).",
};

/** components/ui and components/forms serve every domain, so they name none. */
const domainFree = (room, mayUse) => [
  {
    regex: "^@/lib/(?!utils(/|$)|errors$)",
    message: `components/${room} never names a domain: only lib/utils and lib/errors. Put domain-specific UI in components/<domain>/.`,
  },
  {
    regex: `^(@/components/(?!(${mayUse.join("|")})(/|$))|\\.\\./)`,
    message: `components/${room} imports only ${mayUse.map((r) => `components/${r}`).join(" and ")}. Pass other parts in as props or children.`,
  },
];

// ---- Who may use what -----------------------------------------------------------------------------

/** Data access: the only files that may call getDb(). */
const DATA_ACCESS = [
  "lib/**/data.ts",
  "lib/**/*-data.ts",
  "lib/**/mutations.ts",
  "lib/**/*-mutations.ts",
  "lib/activity/**",
  "lib/db/**",
  // The loaders of the session: the user is reloaded on every request.
  "lib/auth/session.ts",
  "lib/auth/options.ts",
  "lib/auth/load-user.ts",
  // Reads units and SOPs while parsing an upload. Kept under its name while another change rewrites
  // it; once that lands, name it upload-data.ts (or move its reads into one) and drop this line.
  "lib/sops/upload.ts",
  "seeds/**",
  "scripts/**",
  "tests/**",
  "**/*.test.ts",
];

const restrict = (files, { paths = [], patterns = [] }, ignores) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { [RULE]: ["error", { paths, patterns }] },
});

export default defineConfig(
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**"] },
  {
    files: ["**/*.{ts,tsx,mts,mjs,cjs}"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  // Later entries win for the files they match, so each one lists everything that applies there.
  restrict(["app/**"], { patterns: NO_PRISMA_CLIENT }),
  restrict(["components/**"], { patterns: [...NO_PRISMA_CLIENT, COMPONENTS_WITHOUT_DB, COMPONENTS_WITHOUT_DATA_ACCESS] }),
  // The document detail page renders each part's section with { documentId, user } (the parts are
  // built apart); a section loads its own slice through its part's *-data.ts and only reads.
  restrict(["components/documents/*/section.tsx"], {
    patterns: [...NO_PRISMA_CLIENT, COMPONENTS_WITHOUT_DB, { ...COMPONENTS_WITHOUT_DATA_ACCESS, regex: "^@/lib/(?!documents/).+/((.+-)?data|(.+-)?mutations)$|^@/lib/documents/(.+-)?mutations$" }],
  }),
  restrict(["components/ui/**"], {
    patterns: [...NO_PRISMA_CLIENT, COMPONENTS_WITHOUT_DB, COMPONENTS_WITHOUT_DATA_ACCESS, ...domainFree("ui", ["ui"])],
  }),
  restrict(["components/forms/**"], {
    patterns: [...NO_PRISMA_CLIENT, COMPONENTS_WITHOUT_DB, COMPONENTS_WITHOUT_DATA_ACCESS, ...domainFree("forms", ["ui", "forms"])],
  }),
  restrict(["lib/**"], { paths: LIB_WITHOUT_REACT, patterns: [LIB_STAYS_BELOW, ...NO_PRISMA_CLIENT] }, DATA_ACCESS),
  restrict(DATA_ACCESS.filter((f) => f.startsWith("lib/")), { paths: LIB_WITHOUT_REACT, patterns: [LIB_STAYS_BELOW] }),
  // The session loader caches the user per request (React's cache) and sends a signed-out visitor
  // to the sign-in page.
  restrict(["lib/auth/session.ts"], {
    paths: [{ ...LIB_WITHOUT_REACT[0], allowImportNames: ["cache"] }, LIB_WITHOUT_REACT[1]],
    patterns: [LIB_STAYS_BELOW],
  }),
  // lib/pdf draws PDF files with @react-pdf/renderer (its own renderer, no DOM, server only): it may
  // name React's types, nothing more.
  restrict(["lib/pdf/**"], {
    paths: [{ ...LIB_WITHOUT_REACT[0], allowTypeImports: true }, ...LIB_WITHOUT_REACT.slice(1)],
    patterns: [LIB_STAYS_BELOW, ...NO_PRISMA_CLIENT],
  }),
);
