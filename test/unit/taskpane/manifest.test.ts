/**
 * `npm run validate` (scripts/validate-manifest.mjs), run as a separate process the way npm runs
 * it: the real manifest passes, and each kind of mistake it exists to catch is caught.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");
const SCRIPT = join(ROOT, "scripts/validate-manifest.mjs");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function validate(text?: string): { code: number; out: string } {
  const args = [SCRIPT];
  if (text !== undefined) {
    const file = join(mkdtempSync(join(tmpdir(), "jixiao-manifest-")), "manifest.xml");
    writeFileSync(file, text);
    args.push(file, "--assets", join(ROOT, "assets"), "--webpack", join(ROOT, "webpack.config.js"));
  }
  try {
    return { code: 0, out: execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" }) };
  } catch (e) {
    const x = e as { status: number; stdout: string };
    return { code: x.status, out: x.stdout };
  }
}

function edit(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  expect(out).not.toBe(MANIFEST);
  return out;
}

test("manifest.xml is valid", () => {
  const r = validate();
  expect(r.out).toMatch(/manifest\.xml: valid/);
  expect(r.code).toBe(0);
});

test.each([
  ["not well-formed", edit("</DefaultSettings>", "</DefaultSetting>"), /not well-formed XML: line \d+/],
  ["elements out of order", edit(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"), /<Version> is out of order/],
  ["an element the schema does not allow", edit("<Permissions>", "<Colour>red</Colour><Permissions>"), /<Colour> .* is not allowed in <OfficeApp>/],
  ["a required element missing", edit(/<Permissions>[^<]*<\/Permissions>/, ""), /<Permissions> is required/],
  ["no support page", edit(/<SupportUrl [^>]*\/>/, ""), /<SupportUrl> is required/],
  ["the support page out of its place", edit(/(<SupportUrl [^>]*\/>)([\s\S]*?)(<\/Hosts>)/, "$2$3$1"), /<SupportUrl> is out of order/],
  ["a bad permission", edit("<Permissions>ReadWriteDocument", "<Permissions>Everything"), /must be one of Restricted/],
  ["an id that is not a UUID", edit(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"), /is not a UUID/],
  ["an http URL", edit('<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://'), /must use https/],
  ["a URL on another origin", edit('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="https://example.org/commands.html"'), /not on the add-in's origin/],
  ["a page the build does not emit", edit('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="https://localhost:3000/command.html"'), /emits no page "command.html"/],
  ["a resid that names nothing", edit('<Label resid="Jixiao.CheckSheet.Label" />', '<Label resid="Jixiao.Missing" />'), /resid "Jixiao.Missing" is not defined/],
  ["a resid of the wrong kind", edit('<Label resid="Jixiao.CheckSheet.Label" />', '<Label resid="Jixiao.CheckSheet.Tip" />'), /names a long resource; a short resource is needed/],
  ["a resid longer than 32 characters", edit(/Jixiao\.Taskpane\.Templates\.Url/g, "Jixiao.Taskpane.Templates.Url.Too.Long"), /must have 1 to 32 characters/],
  ["two buttons with one id", edit('id="Jixiao.ClearMarks"', 'id="Jixiao.CheckSheet"'), /id "Jixiao.CheckSheet" is already used/],
  ["a label over 125 characters", edit('DefaultValue="检查本表"', `DefaultValue="${"很长".repeat(70)}"`), /must have 1 to 125 characters/],
  ["an icon list without size 80", edit(/<bt:Image size="80" resid="Jixiao.Icon.80" \/>/, ""), /an icon of size 80 is required/],
  ["an icon of the wrong size", edit('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="https://localhost:3000/assets/icon-32.png"'), /is 32×32; 16×16 is needed/],
  ["an icon missing from assets/", edit('DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="https://localhost:3000/assets/icon-81.png"'), /no such file in assets/],
])("%s is an error", (_name, text, message) => {
  const r = validate(text);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(message);
});

describe("where office.js comes from (the OFFICE_JS build switch)", () => {
  type Config = { plugins: { userOptions?: { filename?: string; templateContent?: string }; patterns?: { from: string; to: string }[] }[] };
  // webpack.config.js is CommonJS and reads OFFICE_JS when called.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Config>;

  async function pages(officeJs: string | undefined) {
    const saved = process.env.OFFICE_JS;
    if (officeJs === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = officeJs;
    try {
      const config = await makeConfig({}, { mode: "production" });
      const html = new Map<string, string>();
      const copies: { from: string; to: string }[] = [];
      for (const p of config.plugins) {
        if (p.userOptions?.filename && p.userOptions.templateContent) html.set(p.userOptions.filename, p.userOptions.templateContent);
        if (Array.isArray(p.patterns)) copies.push(...p.patterns);
      }
      return { html, copies };
    } finally {
      if (saved === undefined) delete process.env.OFFICE_JS;
      else process.env.OFFICE_JS = saved;
    }
  }

  const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);

  test("by default the task pane and the function file load office.js from Microsoft's CDN, the preview never", async () => {
    const { html } = await pages(undefined);
    expect(scripts(html.get("taskpane.html")!)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(scripts(html.get("commands.html")!)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(scripts(html.get("index.html")!)).toEqual([]);
  });

  test("OFFICE_JS=local serves the whole office.js folder from the add-in's own origin", async () => {
    const { html, copies } = await pages("local");
    expect(scripts(html.get("taskpane.html")!)).toEqual(["office-js/office.js"]);
    expect(scripts(html.get("commands.html")!)).toEqual(["office-js/office.js"]);
    expect(copies).toContainEqual(expect.objectContaining({ from: "node_modules/@microsoft/office-js/dist", to: "office-js" }));
  });

  test("the code in the Office pages makes no network requests of its own", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) {
          // The browser preview fetches its sample workbooks from the same origin; it is not an Office page.
          if (!["preview", "cli"].includes(name)) walk(p);
        } else if (/\.(ts|tsx)$/.test(name)) {
          const text = readFileSync(p, "utf8");
          if (/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b/.test(text)) offenders.push(p.slice(ROOT.length + 1));
        }
      }
    };
    walk(join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });
});
