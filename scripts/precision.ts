/**
 * docs/precision.md: for each rule, how many findings it shows (after merging) on the seeds, on
 * the layout corpus (test/fixtures/layouts) and, when given, on a folder of real forms made
 * outside the project; findings per form; findings on 不适用 rows (there should be none); and a
 * sample of findings judged TRUE / FALSE / DEBATABLE by the written criteria below.
 *
 *   npx tsx scripts/precision.ts [REAL_FORMS_FOLDER]          writes docs/precision.md
 *   npx tsx scripts/precision.ts [REAL_FORMS_FOLDER] --sample  prints the sampled findings not yet judged
 *
 * The verdicts live in docs/precision-verdicts.json, keyed by a hash of the finding (rule,
 * message id, corpus file, sheet, first cell): nothing of a real form — no text, no sheet name —
 * is stored in the repository; the page holds counts only. (REAL_FORMS may also be given in the
 * environment.)
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { openDocument } from "../src/usecases/open-document";
import { checkWorkbook } from "../src/usecases/check-workbook";
import type { Finding, Severity } from "../src/rules/types";
import { mergeProblems } from "../src/rules/engine";

type Verdict = "TRUE" | "FALSE" | "DEBATABLE";

interface Judged {
  verdict: Verdict;
  /** Why, in our own words (never a quotation of a real form). */
  why: string;
}

interface Sampled {
  key: string;
  corpus: string;
  finding: Finding;
  file: string;
}

interface Corpus {
  name: string;
  files: number;
  forms: number;
  findings: Sampled[];
  notApplicable: number;
  mergeProblems: number;
}

const FORM_FILE = /\.(xlsx|xlsm|xls|et|ods|csv|pdf|txt)$/i;

function formFiles(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!name.startsWith("_")) out.push(...formFiles(p, pattern)); // _reviewer_outputs and the like are not forms
    } else if (pattern.test(name) && !/readme/i.test(name)) out.push(p);
  }
  return out;
}

/** A finding's key: stable across runs, and holding nothing of the form's text. */
function keyOf(corpus: string, file: string, f: Finding): string {
  const at = f.cells[0] ? `${f.cells[0].sheet ?? f.sheet}!${f.cells[0].ref}` : f.sheet;
  return createHash("sha1").update(`${corpus}|${basename(file)}|${f.rule}|${f.messageId}|${at}`).digest("hex").slice(0, 12);
}

async function measure(name: string, files: readonly string[]): Promise<Corpus> {
  const c: Corpus = { name, files: files.length, forms: 0, findings: [], notApplicable: 0, mergeProblems: 0 };
  for (const file of files) {
    let doc;
    try {
      doc = await openDocument(file, new Uint8Array(readFileSync(file)));
    } catch {
      continue; // a file that cannot be read is the corpus script's to report
    }
    const result = await checkWorkbook(doc.host);
    c.forms += result.forms.length;
    for (const f of result.findings) c.findings.push({ key: keyOf(name, file, f), corpus: name, finding: f, file });
    c.mergeProblems += mergeProblems(result.findings).length;
    // A finding on a row the template marks 不适用 (an unused category) should not exist.
    c.notApplicable += result.findings.filter((f) => f.cells.some((x) => /^\s*不适用\s*$/.test(x.text))).length;
  }
  return c;
}

const SEV: Severity[] = ["error", "warning", "info"];
/** Sample per rule and corpus: every error up to this many, and this many of the others. */
const SAMPLE_ERRORS = 8;
const SAMPLE_OTHERS = 3;

/** The sample: per corpus and rule, the findings with the smallest keys (spread over files, stable). */
function sample(c: Corpus): Sampled[] {
  const out: Sampled[] = [];
  const rules = [...new Set(c.findings.map((s) => s.finding.rule))].sort();
  for (const r of rules) {
    const of = c.findings.filter((s) => s.finding.rule === r).sort((a, b) => (a.key < b.key ? -1 : 1));
    out.push(...of.filter((s) => s.finding.severity === "error").slice(0, SAMPLE_ERRORS));
    out.push(...of.filter((s) => s.finding.severity !== "error").slice(0, SAMPLE_OTHERS));
  }
  return out;
}

function countTable(corpora: readonly Corpus[]): string[] {
  const rules = [...new Set(corpora.flatMap((c) => c.findings.map((s) => s.finding.rule)))].sort();
  const head = `| 规则 Rule | ${corpora.map((c) => `${c.name} E / W / I`).join(" | ")} |`;
  const lines = [head, `|---|${corpora.map(() => "---").join("|")}|`];
  for (const r of rules) {
    const cols = corpora.map((c) => SEV.map((s) => c.findings.filter((x) => x.finding.rule === r && x.finding.severity === s).length).join(" / "));
    lines.push(`| ${r} | ${cols.join(" | ")} |`);
  }
  return lines;
}

function judgedTable(samples: readonly Sampled[], verdicts: Record<string, Judged>): string[] {
  const rules = [...new Set(samples.map((s) => s.finding.rule))].sort();
  const lines = ["| 规则 Rule | 抽样 Sampled | TRUE | FALSE | DEBATABLE | 未判 Not judged |", "|---|---|---|---|---|---|"];
  for (const r of rules) {
    const of = samples.filter((s) => s.finding.rule === r);
    const n = (v: Verdict) => of.filter((s) => verdicts[s.key]?.verdict === v).length;
    lines.push(`| ${r} | ${of.length} | ${n("TRUE")} | ${n("FALSE")} | ${n("DEBATABLE")} | ${of.filter((s) => !verdicts[s.key]).length} |`);
  }
  return lines;
}

function share(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}% (${part} / ${whole})` : "—";
}

async function main(): Promise<void> {
  const root = join(__dirname, "..");
  const args = process.argv.slice(2);
  const printSample = args.includes("--sample");
  const real = args.find((a) => !a.startsWith("--")) ?? process.env.REAL_FORMS;
  const corpora: Corpus[] = [
    await measure("seeds", formFiles(join(root, "test", "fixtures", "seeds"), /\.xlsx$/i)),
    await measure("layouts", formFiles(join(root, "test", "fixtures", "layouts"), /\.xlsx$/i)),
  ];
  const haveReal = real !== undefined && existsSync(real);
  if (haveReal) corpora.push(await measure("real forms", formFiles(real, FORM_FILE)));

  const verdictsPath = join(root, "docs", "precision-verdicts.json");
  const verdicts: Record<string, Judged> = existsSync(verdictsPath) ? (JSON.parse(readFileSync(verdictsPath, "utf8")) as Record<string, Judged>) : {};
  const samples = corpora.flatMap(sample);

  if (printSample) {
    for (const s of samples) {
      if (verdicts[s.key]) continue;
      const f = s.finding;
      console.log([s.key, s.corpus, f.rule, f.severity, basename(s.file), f.sheet, f.cells.map((c) => `${c.ref}=${c.text.replace(/\s+/g, " ").slice(0, 40)}`).join(" ; "), f.message.replace(/\s+/g, " ")].join("\t"));
    }
    return;
  }

  const judgedErrors = samples.filter((s) => s.finding.severity === "error" && verdicts[s.key]);
  const trueErrors = judgedErrors.filter((s) => verdicts[s.key]!.verdict === "TRUE").length;
  // The 决算 identities on PDFs depend on the PDF reader (issue 21); shown apart so each side's precision is visible.
  const isAccounts = (s: Sampled) => /^(JS|JN)-/.test(s.finding.rule);
  const perfErrors = judgedErrors.filter((s) => !isAccounts(s));
  const truePerfErrors = perfErrors.filter((s) => verdicts[s.key]!.verdict === "TRUE").length;
  const accountErrors = judgedErrors.filter(isAccounts);
  const trueAccountErrors = accountErrors.filter((s) => verdicts[s.key]!.verdict === "TRUE").length;
  const judgedAll = samples.filter((s) => verdicts[s.key]);
  const trueAll = judgedAll.filter((s) => verdicts[s.key]!.verdict === "TRUE").length;
  const realCorpus = corpora.find((c) => c.name === "real forms");
  const perForm = (c: Corpus) => (c.forms ? c.findings.length / c.forms : 0);

  const lines = [
    "# 检查结果的准确度 / Precision of the findings",
    "",
    "<!-- Generated by scripts/precision.ts. Do not edit by hand: run `npx tsx scripts/precision.ts [REAL_FORMS_FOLDER]`. -->",
    "",
    "Findings as shown to the clerk (merged: one per cell or root cause, the others attached as related), under the national profile.",
    haveReal ? "The real forms are workbooks and PDFs made outside the project, read at run time and never copied." : "No folder of real forms was given: seeds and layouts only.",
    "",
    "## 目标 / Targets (issue 17)",
    "",
    "| 目标 Target | 实测 Measured | |",
    "|---|---|---|",
    `| ≥ 95% of sampled errors TRUE | ${share(trueErrors, judgedErrors.length)} | ${judgedErrors.length > 0 && trueErrors / judgedErrors.length >= 0.95 ? "✔" : "✘"} |`,
    `| — of which performance forms (STR, VAL, MON, WGT, EVA, XDOC) | ${share(truePerfErrors, perfErrors.length)} | ${perfErrors.length > 0 && truePerfErrors / perfErrors.length >= 0.95 ? "✔" : "✘"} |`,
    `| — of which 决算 tables and narrative (JS, JN; on PDFs they depend on the PDF reader) | ${share(trueAccountErrors, accountErrors.length)} | ${accountErrors.length > 0 && trueAccountErrors / accountErrors.length >= 0.95 ? "✔" : "✘"} |`,
    realCorpus
      ? `| < 3 findings per form on the real forms | ${perForm(realCorpus).toFixed(2)} (${realCorpus.findings.length} / ${realCorpus.forms}) | ${perForm(realCorpus) < 3 ? "✔" : "✘"} |`
      : "| < 3 findings per form on the real forms | not measured (no folder given) | |",
    `| no finding on a 不适用 row | ${corpora.map((c) => `${c.name}: ${c.notApplicable}`).join(", ")} | ${corpora.every((c) => c.notApplicable === 0) ? "✔" : "✘"} |`,
    `| all sampled findings TRUE (for reference) | ${share(trueAll, judgedAll.length)} | |`,
    "",
    "## 每张表的问题数 / Findings per form",
    "",
    "| 语料 Corpus | 文件 Files | 表 Forms | 问题 Findings (E / W / I) | 每表 Per form | 不适用行上的问题 On 不适用 rows | 合并不一致 Merge problems |",
    "|---|---|---|---|---|---|---|",
    ...corpora.map((c) => {
      const by = SEV.map((s) => c.findings.filter((x) => x.finding.severity === s).length).join(" / ");
      return `| ${c.name} | ${c.files} | ${c.forms} | ${c.findings.length} (${by}) | ${c.forms ? perForm(c).toFixed(2) : "—"} | ${c.notApplicable} | ${c.mergeProblems} |`;
    }),
    "",
    "## 各规则 / Per rule",
    "",
    ...countTable(corpora),
    "",
    "## 抽样判定 / Judged sample",
    "",
    `Per corpus and rule: every error up to ${SAMPLE_ERRORS} and ${SAMPLE_OTHERS} of the warnings and infos, chosen by the smallest finding keys (a hash, so the sample spreads over files and stays the same from run to run). ` +
      "The verdicts are in docs/precision-verdicts.json (finding key → verdict and reason); `--sample` prints the sampled findings not yet judged.",
    "",
    ...judgedTable(samples, verdicts),
    "",
    "## 判定标准 / How a sampled finding is judged",
    "",
    "A reviewer at the finance bureau (财政局绩效科) reads the finding beside the form:",
    "",
    "- **TRUE** — the reviewer would ask for this change (or, for an info, agrees it is worth a look): the form breaks an identity of the domain reference, a rule of the region's template, or a requirement of 财预〔2020〕10号 / 财预〔2021〕101号; the message names the right cell, and its replacement, when it offers one, is right.",
    "- **FALSE** — the form is right as it is (the template or the domain reference allows it), the finding misreads the form (a wrong cell, a misread value), or the suggested replacement would make the form wrong (e.g. ≤98% for an awareness rate, “raise your score to X”).",
    "- **DEBATABLE** — practice differs between regions or reviewers, and the domain reference does not settle it (e.g. a fund-compliance rate under 质量指标, a bare 95% for a 合格率 in a template that never writes symbols).",
    "",
    "Only the verdict of the finding as shown counts; findings attached as related are judged with it. A finding on a row marked 不适用 is FALSE whatever it says.",
    "",
  ];
  writeFileSync(join(root, "docs", "precision.md"), lines.join("\n"));
  for (const c of corpora) console.log(`${c.name}: ${c.files} files, ${c.forms} forms, ${c.findings.length} findings (${perForm(c).toFixed(2)} per form), ${c.notApplicable} on 不适用 rows`);
  console.log(`errors TRUE: ${share(trueErrors, judgedErrors.length)}; all TRUE: ${share(trueAll, judgedAll.length)}; not judged: ${samples.length - judgedAll.length}`);
}

void main();
