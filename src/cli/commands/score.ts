/**
 * `jixiao score <file> [--out scored.xlsx] [--profile ID] [--json]`
 *
 * Scores every self-evaluation (DS, PS) in the file by the rules of the region profile and,
 * with --out, writes a copy in which 执行率, 执行率得分, the quantitative 得分, 总分 and 等级 are
 * live formulas (see usecases/score-workbook.ts); the input is never modified. The report gives,
 * per form, the 总分 stated against the 总分 by the rules, every cell whose value changes, the
 * 一级 subtotals, and the 定性 scores that lie outside their band (left as the clerk wrote them).
 *
 * Exit codes: 0 scored, 1 no self-evaluation in the file, 2 unusable input or arguments.
 */
import type ExcelJS from "exceljs";
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { DEFAULT_PROFILE, getProfile, PROFILES } from "../../rules/profiles";
import type { RegionProfile } from "../../rules/profiles/profile";
import { qualify } from "../../grid/address";
import { show } from "../../scoring";
import type { MemoryHost } from "../../hosts/memory";
import { outputOption, writeWorkbook } from "../output-file";
import { PLAIN_VALUE_REASONS, scoreWorkbook, showExpected, type ScoredCell, type ScoredForm } from "../../usecases/score-workbook";

export function profileOption(args: ParsedArgs): RegionProfile {
  const id = args.options.get("profile") ?? DEFAULT_PROFILE;
  const profile = getProfile(id);
  if (!profile) throw new UsageError(`没有名为“${id}”的地区配置。可用：${Object.keys(PROFILES).join("、")}。`);
  return profile;
}

/**
 * exceljs cannot calculate, so formulas it writes carry no result and a reader that does not
 * recalculate (a previewer, `jixiao check`, a script) sees blanks. Store the engine's values as
 * the cached results; Excel, WPS and LibreOffice recalculate anyway (fullCalcOnLoad is set), and
 * test/calc shows that they compute the same numbers.
 */
export function cacheResults(host: MemoryHost, forms: readonly { sheet: string; cells: readonly Pick<ScoredCell, "ref" | "formula" | "expected">[] }[]): void {
  for (const f of forms) {
    const ws = host.workbook.getWorksheet(f.sheet);
    if (!ws) continue;
    for (const c of f.cells) {
      if (c.formula === undefined) continue;
      const cell = ws.getCell(c.ref);
      cell.value = { formula: c.formula.replace(/^=/, ""), result: c.expected } as ExcelJS.CellFormulaValue;
    }
  }
}

function signedDiff(stated: number, computed: number): string {
  const d = stated - computed;
  if (Math.abs(d) < 0.005) return "一致";
  return d > 0 ? `表中多 ${show(d)} 分` : `表中少 ${show(-d)} 分`;
}

function beforeText(c: ScoredCell): string {
  if (c.before.value === null || c.before.text.trim() === "") return "（空）";
  return c.before.text.trim();
}

export function formReport(f: ScoredForm): string[] {
  const lines: string[] = [];
  const name = f.name && f.name !== f.title ? `${f.title}：${f.name}` : f.title;
  lines.push(`${f.kind} ${name} (${qualify(f.sheet, f.range)})`);
  const t = f.total;
  const totalCell = f.cells.find((c) => c.role === "total");
  if (t.computed === null) {
    lines.push(`  总分：表中没有总分一格，按规则 ${show(f.score.total.computed)} 分（等级 ${f.score.total.gradeOfComputed}）`);
  } else if (t.computed === "") {
    lines.push(`  总分 ${totalCell!.ref}：还没有任何得分，总分留空`);
  } else {
    const stated = t.stated === null ? "表中未填" : `表中 ${show(t.stated)} 分`;
    const diff = t.stated === null ? "" : `（${signedDiff(t.stated, t.computed)}）`;
    const grade = `等级 ${t.statedGrade ?? "未填"} → ${t.computedGrade}`;
    lines.push(`  总分 ${totalCell!.ref}：${stated}，按规则 ${show(t.computed)} 分${diff}；${grade}`);
  }
  // Looked up by row and by cell: a form of 20,000 rows must not search the list for each.
  const indicatorAt = new Map(f.score.indicators.map((i) => [i.row, i]));
  const cellAt = new Map(f.cells.map((c) => [c.ref, c]));
  const blocks = f.score.blocks.map((b) => {
    const sum = b.rows.reduce((acc, row) => {
      const ind = indicatorAt.get(row);
      const written = ind?.indicator.score ? cellAt.get(ind.indicator.score.ref) : undefined;
      const v = written ? (typeof written.expected === "number" ? written.expected : 0) : (ind?.stated.score ?? 0);
      return acc + v;
    }, 0);
    const heading = b.statedWeight !== null && Math.abs(b.statedWeight - b.weight) > 1e-9 ? `，标明 ${show(b.statedWeight)} 分` : "";
    return `${b.name} ${show(sum)}/${show(b.weight)}${heading}`;
  });
  if (blocks.length > 0) lines.push(`  一级小计（得分/分值）：${blocks.join("；")}`);
  const formulas = f.cells.filter((c) => c.formula !== undefined);
  const values = f.cells.filter((c) => c.formula === undefined);
  const changed = f.cells.filter((c) => c.changed);
  lines.push(`  写入公式 ${formulas.length} 处${values.length > 0 ? `、计算值 ${values.length} 处` : ""}，${changed.length === 0 ? "数值都不变。" : `数值改变 ${changed.length} 处：`}`);
  for (const c of changed) {
    const why = c.explanation && c.role !== "grade" ? `（${c.explanation}）` : "";
    lines.push(`    ${c.ref} ${c.label}：${beforeText(c)} → ${showExpected(c)}${why}`);
  }
  if (values.length > 0) {
    lines.push(`  写入计算值而不是公式（改动后请重新评分）：${values.map((c) => `${c.ref} ${c.label} = ${showExpected(c)}（${c.why ? PLAIN_VALUE_REASONS[c.why] : c.reason}）`).join("；")}`);
  }
  const outside = f.kept.filter((k) => k.outsideBand);
  const qualitative = f.kept.filter((k) => k.kind === "qualitative").length;
  if (qualitative > 0) {
    lines.push(`  定性指标 ${qualitative} 项保留原分${f.notes.length > 0 ? "（已在单元格批注分数区间）" : ""}${outside.length > 0 ? `，其中 ${outside.length} 项不在应有的档次内：` : "。"}`);
    for (const k of outside) lines.push(`    ${k.ref} ${k.label}：填 ${show(k.outsideBand!.stated)} 分，应在 ${show(k.outsideBand!.min)}–${show(k.outsideBand!.max)} 分`);
  }
  for (const k of f.kept.filter((x) => x.kind === "unscorable")) lines.push(`    ${k.ref} ${k.label} 保留原值：${k.note}`);
  return lines;
}

export async function runScore(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [file, ...extra] = args.positional;
  if (file === undefined) throw new UsageError("请给出要评分的自评表文件，例如：jixiao score 自评表.xlsx --out 评分后.xlsx");
  if (extra.length > 0) throw new UsageError("一次只能给一个文件评分。");
  const profile = profileOption(args);
  const out = await outputOption(args, ctx, { option: "out", inputs: [file], required: false, example: "--out 评分后.xlsx" });
  const doc = await ctx.open(file);
  if (!doc) return 2;
  // The scored copy is meant for submission: no marks, no notes of ours, no bookkeeping sheet
  // (what the notes would say is in the report below).
  const result = await scoreWorkbook(doc.host, profile, { notes: false });
  if (out !== undefined && result.forms.length > 0) {
    await doc.host.forSubmission();
    cacheResults(doc.host, result.forms);
    await writeWorkbook(ctx, doc.host, out);
  }
  if (args.flags.has("json")) {
    ctx.out(
      JSON.stringify(
        {
          file,
          profile: profile.id,
          ...(out !== undefined && result.forms.length > 0 ? { out } : {}),
          forms: result.forms.map((f) => ({ kind: f.kind, sheet: f.sheet, range: f.range, title: f.title, name: f.name, total: f.total, cells: f.cells, kept: f.kept })),
        },
        null,
        2,
      ),
    );
  } else {
    ctx.out(`${file}  [地区配置: ${profile.name["zh-CN"]}]`);
    if (result.forms.length === 0) ctx.out("  没有找到自评表（部门整体或项目支出绩效自评表），未作评分。");
    for (const f of result.forms) for (const line of formReport(f)) ctx.out(`  ${line}`);
    if (out !== undefined && result.forms.length > 0) ctx.out(`已生成评分后的副本：${out}（原文件未改动）`);
  }
  return result.forms.length === 0 ? 1 : 0;
}
