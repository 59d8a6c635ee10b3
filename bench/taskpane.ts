/**
 * The task pane: how much JavaScript taskpane.html loads before anything shows (the scripts
 * webpack puts in the page; lazy chunks such as the browser preview are not counted), gzipped
 * as a web server sends them, and how long headless Chromium takes to show the first thing.
 *
 * The build is `npm run build`'s webpack step with the same configuration, written to a
 * separate folder so the bench never replaces the dist/ a colleague is serving.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface TaskPaneResult {
  build: { ok: boolean; ms: number; message?: string };
  scripts: ScriptSize[];
  initialGzip: number | null;
  initialBytes: number | null;
  render: { measured: boolean; message?: string; firstRenderMs?: number[]; medianFirstRenderMs?: number; firstContentfulPaintMs?: number; readyMs?: number };
}

/** Runs webpack in production mode into `outDir`. */
export function buildTaskPane(root: string, outDir: string): Promise<{ ok: boolean; ms: number; message?: string }> {
  const cli = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, "--mode", "production", "--output-path", outDir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    child.on("error", (e) => resolve({ ok: false, ms: Date.now() - t, message: e.message }));
    child.on("close", (code) => {
      const lastError = log.split("\n").find((l) => /ERROR/.test(l));
      resolve(code === 0 ? { ok: true, ms: Date.now() - t } : { ok: false, ms: Date.now() - t, message: lastError ?? `webpack exited with ${code}` });
    });
  });
}

/** The scripts taskpane.html loads itself (not office.js from Microsoft's CDN, not chunks loaded later). */
export function initialScripts(outDir: string): ScriptSize[] {
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  const out: ScriptSize[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const src = m[1]!;
    if (/^(https?:)?\/\//.test(src)) continue;
    const file = join(outDir, src.split("?")[0]!);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    out.push({ file: src, bytes: bytes.length, gzip: gzipSync(bytes).length });
  }
  return out;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".css": "text/css" };

function serve(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0]!)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port })));
}

/** office.js stand-in: an Excel host that answers onReady at once. */
const OFFICE_STUB = `window.Office = { onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); } };`;

/** Records when #root first gets content and when the pane settles on its final notice. */
const PROBE = `
(() => {
  const mark = () => {
    const root = document.getElementById("root");
    if (!root) return;
    if (root.childElementCount > 0 && window.__firstRender === undefined) window.__firstRender = performance.now();
    if (/Excel/.test(root.textContent || "") && window.__ready === undefined) window.__ready = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

interface Win {
  __firstRender?: number;
  __ready?: number;
}

/** Median time to first render over `runs` page loads (the first one with a cold cache). */
export async function measureRender(outDir: string, runs = 5): Promise<TaskPaneResult["render"]> {
  if (!existsSync(CHROMIUM)) return { measured: false, message: `not measured: no Chromium at ${CHROMIUM}` };
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (e) {
    return { measured: false, message: `not measured: playwright-core is not installed (${(e as Error).message})` };
  }
  const { server, port } = await serve(outDir);
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    await context.route(/appsforoffice\.microsoft\.com/, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }));
    await context.addInitScript(PROBE);
    const times: number[] = [];
    let fcp: number | undefined;
    let ready: number | undefined;
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { waitUntil: "load" });
      await page.waitForFunction(() => (window as unknown as Win).__firstRender !== undefined, undefined, { timeout: 30_000 });
      await page.waitForFunction(() => (window as unknown as Win).__ready !== undefined, undefined, { timeout: 30_000 }).catch(() => undefined);
      const r = await page.evaluate(() => {
        const w = window as unknown as Win;
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return { first: w.__firstRender!, ready: w.__ready, fcp: paint ? paint.startTime : undefined };
      });
      times.push(r.first);
      fcp ??= r.fcp;
      ready ??= r.ready;
      await page.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { measured: true, firstRenderMs: times, medianFirstRenderMs: sorted[Math.floor(sorted.length / 2)]!, firstContentfulPaintMs: fcp, readyMs: ready };
  } catch (e) {
    return { measured: false, message: `not measured: ${(e as Error).message.split("\n")[0]}` };
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
  }
}
