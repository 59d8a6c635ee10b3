/**
 * Renders every template to docs/templates/<kind>-<layout>.png (empty, with a year and a unit)
 * and docs/templates/<kind>-<layout>-filled.png (filled from the first seed form of that layout),
 * through LibreOffice: .xlsx → PDF (soffice --headless --convert-to pdf) → PNG of the first page
 * (pdftoppm). Also writes docs/templates/templates.xlsx with every empty template.
 *
 *   npx tsx scripts/render-templates.ts [filter]
 *
 * Needs LibreOffice Calc and poppler-utils on the PATH (Debian/Ubuntu: apt-get install -y
 * libreoffice-calc poppler-utils; CJK fonts such as fonts-arphic-uming / fonts-wqy-zenhei make
 * the 宋体/黑体 text readable).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gridFromText } from "../src/grid/from-text";
import { MemoryHost } from "../src/hosts/memory";
import { recogniseGrid } from "../src/recognise";
import type { Form } from "../src/forms/forms";
import { TEMPLATES, insertFromForm, insertTemplate, templateForForm, templateId, type TemplateDefinition } from "../src/templates";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "docs", "templates");
const SEEDS = join(ROOT, "test", "fixtures", "seeds");

function fileName(def: TemplateDefinition, suffix = ""): string {
  return `${def.kind}-${def.layout}${suffix}`;
}

/** A workbook holding one sheet: the template (the starter sheet removed). */
async function workbookWith(fill: (host: MemoryHost) => Promise<unknown>): Promise<Uint8Array> {
  const host = MemoryHost.empty();
  await fill(host);
  const starter = host.workbook.getWorksheet("Sheet1");
  if (starter) host.workbook.removeWorksheet(starter.id);
  // The picture shows the whole form on one page; the template itself prints one page wide
  // and as many pages tall as it needs.
  for (const ws of host.workbook.worksheets) ws.pageSetup = { ...ws.pageSetup, fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  return host.save();
}

function render(xlsx: Uint8Array, name: string, work: string): void {
  const src = join(work, `${name}.xlsx`);
  writeFileSync(src, xlsx);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, src], { stdio: "ignore" });
  execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", join(work, `${name}.pdf`), join(work, name)]);
  renameSync(join(work, `${name}.png`), join(OUT, `${name}.png`));
  process.stdout.write(`docs/templates/${name}.png\n`);
}

function seedForms(): Form[] {
  return readdirSync(SEEDS)
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .sort()
    .flatMap((f) => recogniseGrid(gridFromText(readFileSync(join(SEEDS, f), "utf8"), { sheet: f.slice(0, 3) })).forms);
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "jixiao-render-"));
  try {
    const forms = seedForms();
    for (const def of TEMPLATES) {
      if (filter && !templateId(def).includes(filter)) continue;
      render(await workbookWith((host) => insertTemplate(host, def, { year: 2025, unit: "示例单位" })), fileName(def), work);
      const sample = forms.find((f) => templateForForm(f) === def);
      if (sample) render(await workbookWith((host) => insertFromForm(host, sample)), fileName(def, "-filled"), work);
    }
    if (!filter) {
      const all = MemoryHost.empty();
      for (const def of TEMPLATES) await insertTemplate(all, def, { year: 2025 });
      const starter = all.workbook.getWorksheet("Sheet1");
      if (starter) all.workbook.removeWorksheet(starter.id);
      writeFileSync(join(OUT, "templates.xlsx"), await all.save());
      process.stdout.write("docs/templates/templates.xlsx\n");
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
