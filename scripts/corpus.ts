/**
 * `npm run corpus`: reads every file in ../shared/real-forms/ (real forms made outside this
 * project; never copied into the repository) and prints, per file, the forms found against the
 * forms the document holds, the indicator rows and money lines read, and the findings per form by
 * severity. Not part of `npm test`: CI runs it only where the folder exists.
 *
 * Exit 0 when it ran (whatever it measured); a crash of the engine exits non-zero.
 * `CORPUS_DIR` points it at another folder.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { openDocument, InputError } from "../src/usecases/open-document";
import { checkWorkbook, countBySeverity } from "../src/usecases/check-workbook";
import type { Form } from "../src/forms/forms";

const ROOT = resolve(process.env.CORPUS_DIR ?? join(__dirname, "..", "..", "shared", "real-forms"));

/**
 * Forms each document holds, from its own titles: every sheet of the 深圳 workbooks is one
 * 二级项目支出绩效目标申报表 (20 sheets each, 16 in "(14)", 15 in "(5)": 291); each 决算 PDF has the
 * nine 公开 tables (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表) and the 决算情况说明;
 * the central system's .xls has 项目支出绩效目标申报表, 项目支出绩效目标执行监控 and
 * 项目支出绩效自评表.
 */
function expectedForms(file: string): number | undefined {
  const name = file.split("/").pop()!;
  if (name.startsWith("二级项目支出绩效目标申报表")) return name.includes("(14)") ? 16 : name.includes("(5)") ? 15 : 20;
  if (name.endsWith(".pdf")) return 10;
  if (name === "template.xls") return 3;
  return undefined;
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith("_")) out.push(...(await files(path))); // _reviewer_outputs: someone's review, not forms
    } else if (!/readme/i.test(entry.name)) out.push(path);
  }
  return out;
}

/** Forms counted as the document counts them: one per 公开 table (a table split over pages once). */
function distinctForms(forms: readonly Form[]): number {
  const keys = new Set<string>();
  for (const f of forms) keys.add(f.kind === "JS" ? `JS:${f.table}` : f.kind === "JN" ? "JN" : `${f.kind}:${f.sheet}:${f.range}`);
  return keys.size;
}

function counts(forms: readonly Form[]): { indicators: number; money: number } {
  let indicators = 0;
  let money = 0;
  for (const f of forms) {
    if ("indicators" in f) indicators += f.indicators.length;
    if ("money" in f) money += f.money.length;
    if (f.kind === "JS") money += f.lines.filter((l) => Object.keys(l.amounts).length > 0).length;
  }
  return { indicators, money };
}

async function main(): Promise<number> {
  try {
    if (!(await stat(ROOT)).isDirectory()) throw new Error();
  } catch {
    console.error(`没有找到真实表格文件夹 ${relative(process.cwd(), ROOT)}，跳过。`);
    return 0;
  }
  const rows: string[] = [];
  const total = { forms: 0, expected: 0, indicators: 0, money: 0, error: 0, warning: 0, info: 0 };
  for (const path of await files(ROOT)) {
    const name = relative(ROOT, path);
    const expected = expectedForms(path);
    const bytes = new Uint8Array(await readFile(path));
    let doc;
    try {
      doc = await openDocument(name, bytes);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      rows.push(`| ${name} | 0 / ${expected ?? "?"} | — | — | ${e.message} |`);
      total.expected += expected ?? 0;
      continue;
    }
    const result = await checkWorkbook(doc.host);
    const found = distinctForms(result.forms);
    const c = counts(result.forms);
    const sev = countBySeverity(result.findings);
    const perForm = result.forms.length > 0 ? (result.findings.length / found).toFixed(1) : "—";
    total.forms += Math.min(found, expected ?? found);
    total.expected += expected ?? found;
    total.indicators += c.indicators;
    total.money += c.money;
    total.error += sev.error;
    total.warning += sev.warning;
    total.info += sev.info;
    const kinds = [...new Set(result.forms.map((f) => f.kind))].join(" ");
    rows.push(`| ${name} | ${found} / ${expected ?? "?"} ${kinds} | ${c.indicators} | ${c.money} | ${sev.error} / ${sev.warning} / ${sev.info} (${perForm} per form) |`);
  }
  const findings = total.error + total.warning + total.info;
  console.log("| file | forms found / present | indicator rows | money lines | findings error / warning / info |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) console.log(r);
  console.log(
    `| **total** | ${total.forms} / ${total.expected} | ${total.indicators} | ${total.money} | ${total.error} / ${total.warning} / ${total.info} (${total.forms > 0 ? (findings / total.forms).toFixed(1) : "—"} per form) |`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
