// First-load JavaScript of every app route, gzip, from the production build in .next. Next.js 16
// no longer prints sizes, so they are computed from what the build writes:
//   build-manifest.json                         rootMainFiles (every page) and polyfillFiles
//   server/app/<route>/page_client-reference-manifest.js   entryJSFiles: the client chunks of each
//                                               segment of the route (layouts, error boundaries,
//                                               the page; not-found boundaries load on demand)
// A route's first load = root main files + the union of its segments' chunks, each file gzipped
// (level 6, as the server sends them) and counted once; the polyfills, which only browsers without
// ES modules load, are given beside it. Chunks loaded later (next/dynamic,
// a dialog's code split off) are not in the first load and not counted.
// `npx tsx scripts/bench/bundle.ts [--browser=DATABASE_URL [--email=] [--port=] [--paths=/a,/b]]` runs
// this part alone; --browser also starts the built server on that database, signs in and loads a
// few pages in Chromium, summing the JavaScript they really download.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { GOALS, type BenchSection } from "./contract";

export interface BundleOptions {
  /** The project root (its .next is read). */
  root: string;
  /** Also load a few pages in Chromium on the built server, to check the figures against real downloads. */
  browser?: BrowserCheck;
}

export interface BrowserCheck {
  /** The database the server runs on (it must hold the account). */
  databaseUrl: string;
  /** The account signed in (demo password). */
  email: string;
  port: number;
  /** Pages to load; by default a few lists and the first objective and management review. */
  paths?: string[];
}

export interface RouteBundle {
  route: string;
  /** Gzip KB of what a browser loads first: root main files and the route's own chunks. The goal's figure. */
  firstLoadKb: number;
  /** The same with the polyfills, which only browsers without ES modules load (`<script noModule>`). */
  withPolyfillsKb: number;
  /** Gzip KB of the chunks only this route and a few others load (not shared by every route). */
  ownKb: number;
  files: string[];
}

export interface BrowserRoute {
  path: string;
  /** Bytes of JavaScript on the wire (compressed), and their count, for one cold page load. */
  transferKb: number;
  /** The part of it named in the page's HTML (script tags and preloads), the rest loaded later. */
  inHtmlKb: number;
  /** The same responses' files gzipped here, for a like-for-like comparison with the build figure. */
  gzipKb: number;
  scripts: number;
  computedKb: number | null;
}

export interface BundleData {
  sharedKb: number;
  sharedFiles: string[];
  polyfillKb: number;
  routes: RouteBundle[];
  browser?: BrowserRoute[];
  browserError?: string;
}

const KB = 1024;

function gzipSizer(nextDir: string): (file: string) => number {
  const cache = new Map<string, number>();
  return (file) => {
    let size = cache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(nextDir, file)), { level: 6 }).length;
      cache.set(file, size);
    }
    return size;
  };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The client reference manifest of one page: its segments' entry chunks. */
function entryFiles(nextDir: string, pageKey: string): string[] {
  const file = path.join(nextDir, "server", "app", `${pageKey}_client-reference-manifest.js`);
  const context = vm.createContext({});
  vm.runInContext(readFileSync(file, "utf8"), context);
  const manifest = (context.__RSC_MANIFEST as Record<string, { entryJSFiles?: Record<string, string[]> }>)[pageKey];
  if (!manifest?.entryJSFiles) throw new Error(`${file}: no entryJSFiles for ${pageKey}`);
  // The not-found/forbidden/unauthorized boundaries load only when a page needs them (checked in
  // Chromium: their chunks are not in a normal page's HTML); error boundaries and global-error are.
  const onDemand = /\/(not-found|forbidden|unauthorized)$/;
  const segments = Object.entries(manifest.entryJSFiles).filter(([segment]) => pageKey === "/_not-found/page" || !onDemand.test(segment));
  return [...new Set(segments.flatMap(([, files]) => files))];
}

export function computeBundles(root: string): BundleData {
  const nextDir = path.join(root, ".next");
  const build = readJson<{ rootMainFiles: string[]; polyfillFiles: string[] }>(path.join(nextDir, "build-manifest.json"));
  const routes = readJson<Record<string, string>>(path.join(nextDir, "app-path-routes-manifest.json"));
  const size = gzipSizer(nextDir);
  const sum = (files: string[]) => files.reduce((total, f) => total + size(f), 0) / KB;

  const pages = Object.entries(routes)
    .filter(([key]) => key.endsWith("/page") && key !== "/_global-error/page")
    .map(([key, route]) => ({ route, files: [...new Set([...build.rootMainFiles, ...entryFiles(nextDir, key)])] }));
  const shared = [...build.rootMainFiles, ...pages.reduce<string[]>(
    (common, p) => common.filter((f) => p.files.includes(f)),
    pages[0]?.files ?? [],
  )].filter((f, i, all) => all.indexOf(f) === i);
  const polyfillKb = sum(build.polyfillFiles);

  const bundles: RouteBundle[] = pages.map((p) => {
    const firstLoadKb = sum(p.files);
    return {
      route: p.route,
      firstLoadKb,
      withPolyfillsKb: firstLoadKb + polyfillKb,
      ownKb: sum(p.files.filter((f) => !shared.includes(f))),
      files: p.files,
    };
  });
  bundles.sort((a, b) => b.firstLoadKb - a.firstLoadKb || a.route.localeCompare(b.route));
  return { sharedKb: sum(shared), sharedFiles: shared, polyfillKb, routes: bundles };
}

/** Loads each path cold in Chromium and sums the JavaScript responses (wire bytes and gzip here). */
export async function browserFirstLoad(
  root: string,
  check: { baseUrl: string; cookie?: string; paths: string[] },
): Promise<Omit<BrowserRoute, "computedKb">[]> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const size = gzipSizer(path.join(root, ".next"));
  try {
    const out: Omit<BrowserRoute, "computedKb">[] = [];
    for (const pagePath of check.paths) {
      const context = await browser.newContext({ extraHTTPHeaders: check.cookie ? { cookie: check.cookie } : {} });
      const page = await context.newPage();
      const scripts: { url: string; bytes: number }[] = [];
      page.on("requestfinished", async (request) => {
        if (request.resourceType() !== "script") return;
        const sizes = await request.sizes();
        scripts.push({ url: request.url(), bytes: sizes.responseBodySize });
      });
      const response = await page.goto(`${check.baseUrl}${pagePath}`, { waitUntil: "networkidle" });
      if (!response || response.status() !== 200 || new URL(page.url()).pathname !== pagePath) {
        throw new Error(`${pagePath}: HTTP ${response?.status()} at ${page.url()} (not the page: signed in?)`);
      }
      await page.waitForTimeout(500);
      const html = await response.text();
      const files = scripts.map((s) => new URL(s.url).pathname.replace(/^\/_next\//, ""));
      out.push({
        path: pagePath,
        transferKb: scripts.reduce((t, s) => t + s.bytes, 0) / KB,
        inHtmlKb: scripts.filter((s) => html.includes(new URL(s.url).pathname)).reduce((t, s) => t + s.bytes, 0) / KB,
        gzipKb: files.reduce((t, f) => t + size(f), 0) / KB,
        scripts: scripts.length,
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

const DEFAULT_PATHS = ["/dashboard", "/findings", "/objectives/overview", "/sops", "/account"];

/** The first link to a record of a list (`/objectives/<id>`), found in the list page's HTML. */
async function firstRecord(baseUrl: string, cookie: string, list: string): Promise<string | null> {
  const html = await (await fetch(`${baseUrl}${list}`, { headers: { cookie } })).text();
  const match = new RegExp(`href="(${list}/c[0-9a-z]{20,})"`).exec(html); // a cuid, not /objectives/overview
  return match?.[1] ?? null;
}

/** Starts the built server on the given database, signs in and loads the pages in Chromium. */
export async function browserCheck(root: string, check: BrowserCheck): Promise<Omit<BrowserRoute, "computedKb">[]> {
  const { startServer } = await import("./lib/server");
  const { signIn } = await import("./lib/http");
  const { DEMO_PASSWORD } = await import("../../seeds/users");
  const server = await startServer({ port: check.port, env: { ...process.env, DATABASE_URL: check.databaseUrl } });
  try {
    const session = await signIn(server.url, check.email, DEMO_PASSWORD);
    let paths = check.paths;
    if (!paths) {
      const records = await Promise.all(["/objectives", "/management-reviews"].map((l) => firstRecord(server.url, session.cookie, l)));
      paths = [...DEFAULT_PATHS, ...records.filter((p): p is string => p !== null)];
    }
    return await browserFirstLoad(root, { baseUrl: server.url, cookie: session.cookie, paths });
  } finally {
    await server.stop();
  }
}

/** `/findings/[id]` matches `/findings/abc`: the route a browsed path belongs to. */
export function routeOfPath(routes: string[], pagePath: string): string | null {
  const exact = routes.find((r) => r === pagePath);
  if (exact) return exact;
  return (
    routes.find((r) => {
      const pattern = r.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\\?\[[^\]]+\]/g, "[^/]+");
      return new RegExp(`^${pattern}$`).test(pagePath);
    }) ?? null
  );
}

export async function runBundle(options: BundleOptions): Promise<BenchSection> {
  const data = computeBundles(options.root);
  const limit = GOALS.firstLoadJsKb;
  if (options.browser) {
    try {
      const routes = data.routes.map((r) => r.route);
      data.browser = (await browserCheck(options.root, options.browser)).map((b) => {
        const route = routeOfPath(routes, b.path);
        return { ...b, computedKb: data.routes.find((r) => r.route === route)?.firstLoadKb ?? null };
      });
    } catch (error) {
      data.browserError = error instanceof Error ? error.message : String(error);
    }
  }
  const over = data.routes.filter((r) => r.firstLoadKb > limit);
  const largest = data.routes[0];
  const notes = [
    `Shared by every route: ${data.sharedKb.toFixed(1)} KB gzip in ${data.sharedFiles.length} files (React, the Next.js runtime, the root layout and its error and not-found boundaries); "Own" is what a route adds to it.`,
    `The goal is checked on "First load" (what a browser with ES modules downloads, as Next.js counted First Load JS). ` +
      `The polyfills (${data.polyfillKb.toFixed(1)} KB) are loaded only by browsers without ES modules (\`<script noModule>\`): "With polyfills" adds them.`,
    "Computed from .next/build-manifest.json (rootMainFiles, polyfillFiles) and each page's client reference manifest (entryJSFiles of every segment), each file gzipped at level 6.",
  ];
  for (const b of data.browser ?? []) {
    notes.push(
      `Chromium, cold load of ${b.path}: ${b.scripts} scripts, ${b.transferKb.toFixed(1)} KB on the wire ` +
        `(${b.inHtmlKb.toFixed(1)} KB named in the HTML, the rest loaded after), ${b.gzipKb.toFixed(1)} KB gzipped here; ` +
        `computed first load of its route: ${b.computedKb?.toFixed(1) ?? "?"} KB.`,
    );
  }
  if (data.browserError) notes.push(`Browser check failed: ${data.browserError}`);
  return {
    id: "bundle",
    title: "First-load JavaScript per route (gzip KB)",
    header: ["Route", "First load KB", "Own KB", "With polyfills KB", "Files"],
    rows: data.routes.map((r) => [r.route, r.firstLoadKb.toFixed(1), r.ownKb.toFixed(1), r.withPolyfillsKb.toFixed(1), String(r.files.length)]),
    notes,
    goals: [
      {
        name: "First-load JS, every route",
        goal: `≤ ${limit} KB gzip`,
        value: largest
          ? `largest ${largest.firstLoadKb.toFixed(1)} KB (${largest.route}); ${over.length} of ${data.routes.length} routes over`
          : "no routes",
        met: largest !== undefined && over.length === 0,
      },
    ],
    data,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { sectionMarkdown } = await import("./report");
  const { projectRoot } = await import("./lib/server");
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const databaseUrl = arg("browser");
  const browser = databaseUrl
    ? { databaseUrl, email: arg("email") ?? "manajer.mutu@dinsos.nttprov.go.id", port: Number(arg("port") ?? 3441), paths: arg("paths")?.split(",") }
    : undefined;
  console.log(sectionMarkdown(await runBundle({ root: projectRoot, browser })));
}
