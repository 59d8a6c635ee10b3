/**
 * Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium) driven by playwright-core — no
 * browser is downloaded — headless, with a fresh profile in a temporary folder, and with every
 * request watched: anything not addressed to the served pages' own origin is recorded and aborted,
 * so a test can assert that nothing left the machine.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveFolder, type StaticServer } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Session {
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  /** Every URL the pages asked for, in order. */
  requests: string[];
  /** Requests to anywhere but the server's origin (all of them aborted). */
  foreign: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
  close(): Promise<void>;
}

/** data: and blob: URLs of our own origin never touch the network. */
function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || url.startsWith("data:") || url.startsWith(`blob:${origin}/`);
}

export async function openSession(viewport = { width: 1440, height: 900 }): Promise<Session> {
  const dist = process.env.E2E_DIST;
  if (!dist) throw new Error("E2E_DIST is not set: run the browser suite through `npm run test:e2e`.");
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium, or set CHROMIUM_PATH.`);
  }
  const server = await serveFolder(dist);
  const profile = mkdtempSync(join(tmpdir(), "jixiao-e2e-profile-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      deviceScaleFactor: 1,
      locale: "zh-CN",
      acceptDownloads: true,
      serviceWorkers: "block",
    });
  } catch (e) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const requests: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url, server.origin)) return route.continue();
    foreign.push(url);
    return route.abort("blockedbyclient");
  });
  const watch = (page: Page) => {
    page.on("request", (r) => {
      requests.push(r.url());
      if (!isLocal(r.url(), server.origin) && !foreign.includes(r.url())) foreign.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
  };
  const first = context.pages()[0];
  if (first) watch(first);
  context.on("page", watch);
  const page = first ?? (await context.newPage());
  const ctx = context;
  return {
    server,
    context: ctx,
    page,
    requests,
    foreign,
    errors,
    close: async () => {
      try {
        await ctx.close();
      } finally {
        await server.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
