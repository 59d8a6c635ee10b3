/**
 * The production build as WPS gets it: builds once into a temporary folder (about a minute; set
 * WPS_BUILD_DIR to a finished build, e.g. dist, to check that instead) and checks
 * - that every emitted script parses as ES2017 — WPS's embedded Chromium is older than the ones
 *   webpack and esbuild assume, and a newer construct is a syntax error that kills the whole page;
 * - that the WPS pages never load office.js, while the Excel pages still do;
 * - that dist/wps is self-contained (every file its pages and chunks ask for is inside it);
 * - that every library API newer than ES2017 found in the WPS pages' scripts is polyfilled
 *   (src/wps-addin/polyfills.ts) or known to be guarded by its caller.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "acorn";
import { POLYFILLED } from "../../src/wps-addin/polyfills";

const ROOT = join(__dirname, "..", "..");
let out = "";
let built = false;

beforeAll(() => {
  const given = process.env.WPS_BUILD_DIR;
  if (given) {
    out = join(ROOT, given);
    return;
  }
  out = mkdtempSync(join(tmpdir(), "jixiao-build-"));
  built = true;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, NODE_ENV: "production" },
  });
}, 600_000);

afterAll(() => {
  if (built) rmSync(out, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const text = (p: string) => readFileSync(join(out, p), "utf8");

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/[?#].*$/, ""));
}

test("every emitted script parses as ES2017", () => {
  const js = files(out).filter((f) => f.endsWith(".js"));
  expect(js.length).toBeGreaterThan(5);
  const failures: string[] = [];
  for (const file of js) {
    try {
      parse(readFileSync(file, "utf8"), { ecmaVersion: 2017, sourceType: "script" });
    } catch (e) {
      failures.push(`${relative(out, file)}: ${(e as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
}, 120_000);

test("the WPS task pane and entry page never load office.js; the Excel pages still do", () => {
  const pane = text("wps/taskpane.html");
  const entry = text("wps/index.html");
  expect(pane).not.toMatch(/office(\.debug)?\.js/i);
  expect(entry).not.toMatch(/office(\.debug)?\.js/i);
  expect(scripts(pane).concat(scripts(entry)).filter((s) => /office/i.test(s))).toEqual([]);
  expect(pane).toContain('<div id="root">');
  expect(scripts(pane)[0]).toBe("polyfills.js");
  expect(scripts(pane).some((s) => /^taskpane\.[^/]*\.js$/.test(s))).toBe(true);
  expect(scripts(entry)).toEqual(["main.js"]);
  expect(entry).toMatch(/main\.js\?v=[0-9a-f]{8}/);
  expect(text("taskpane.html")).toMatch(/office\.js/);
  expect(text("index.html")).not.toMatch(/office\.js/);
});

test("the WPS pane runs the very same task pane scripts as Excel's", () => {
  const excel = scripts(text("taskpane.html")).filter((s) => !/office/.test(s));
  const wps = scripts(text("wps/taskpane.html")).filter((s) => s !== "polyfills.js");
  expect(wps).toEqual(excel);
  for (const s of wps) expect(text(`wps/${s}`)).toBe(text(s));
});

test("dist/wps is self-contained", () => {
  for (const page of ["wps/taskpane.html", "wps/index.html"]) {
    for (const s of scripts(text(page))) expect(existsSync(join(out, "wps", s))).toBe(true);
  }
  // Chunks the task pane may load later sit next to it too (loaded relative to the page).
  const rootScripts = readdirSync(out).filter((f) => f.endsWith(".js") && !/^(commands|preview)\./.test(f));
  expect(rootScripts.length).toBeGreaterThan(0);
  for (const f of rootScripts) expect(existsSync(join(out, "wps", f))).toBe(true);
  for (const f of ["ribbon.xml", "main.js", "polyfills.js", "assets/icon-32.png", "jsplugins.xml", "publish.xml", "package.json"]) {
    expect(existsSync(join(out, "wps", f))).toBe(true);
  }
  expect(text("wps/ribbon.xml")).toBe(readFileSync(join(ROOT, "wps", "ribbon.xml"), "utf8"));
  const pkg = JSON.parse(text("wps/package.json")) as { name: string; version: string; addonType: string };
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  expect(pkg).toMatchObject({ name: "jixiao", version, addonType: "et" });
  for (const f of ["wps/jsplugins.xml", "wps/publish.xml"]) {
    expect(text(f)).not.toContain("__VERSION__");
    expect(text(f)).toContain(version);
  }
});

/**
 * APIs newer than Chromium 58 (the first with all of ES2017, the syntax floor) and how to spot a
 * use. IntersectionObserver (51), URLSearchParams (49), Object.values/entries (54) are older.
 */
const NEWER_APIS: Record<string, RegExp> = {
  globalThis: /\bglobalThis\b/,
  WeakRef: /\bnew WeakRef\b/,
  FinalizationRegistry: /\bFinalizationRegistry\b/,
  BigInt: /\bBigInt\(/,
  queueMicrotask: /\bqueueMicrotask\(/,
  "Promise.prototype.finally": /\.finally\(/,
  "Promise.allSettled": /\.allSettled\(/,
  "Promise.any": /\bPromise\.any\(/,
  "Object.fromEntries": /\bObject\.fromEntries\(/,
  "Object.hasOwn": /\bObject\.hasOwn\(/,
  "Array.prototype.flat": /\.flat\(/,
  "Array.prototype.flatMap": /\.flatMap\(/,
  "Array.prototype.at": /[\w\])]\.at\(-?\d/,
  "Array.prototype.findLast": /\.findLast\(/,
  "Array.prototype.findLastIndex": /\.findLastIndex\(/,
  "String.prototype.trimStart": /\.trimStart\(/,
  "String.prototype.trimEnd": /\.trimEnd\(/,
  "String.prototype.replaceAll": /\.replaceAll\(/,
  "String.prototype.matchAll": /\.matchAll\(/,
  structuredClone: /\bstructuredClone\(/,
  "Array.prototype.toSorted": /\.to(Sorted|Reversed|Spliced)\(/,
  "Object.groupBy": /\b(Object|Map)\.groupBy\(/,
  AbortController: /\bAbortController\b/,
  ResizeObserver: /\bResizeObserver\b/,
};

/** Found in the bundle but only behind a feature test by the library itself. */
const GUARDED: Record<string, string> = {
  AbortController: 'React: typeof AbortController!="undefined"?AbortController:function(){…}',
};

test("APIs newer than ES2017 in the WPS pages are polyfilled or guarded", () => {
  const pageScripts = new Set([...scripts(text("wps/taskpane.html")), ...scripts(text("wps/index.html"))]);
  pageScripts.delete("polyfills.js");
  const unhandled: string[] = [];
  for (const s of pageScripts) {
    const source = text(`wps/${s}`);
    for (const [api, re] of Object.entries(NEWER_APIS)) {
      if (re.test(source) && !(POLYFILLED as readonly string[]).includes(api) && !(api in GUARDED)) unhandled.push(`${s}: ${api}`);
    }
  }
  expect(unhandled).toEqual([]);
  // And the polyfills page itself is plain ES2017 that defines each of them.
  const polyfills = text("wps/polyfills.js");
  for (const api of ["globalThis", "WeakRef", "BigInt", "fromEntries", "allSettled"]) expect(polyfills).toContain(api);
});
