/**
 * `jixiao selfeval <targets.xlsx|.txt> --out <selfeval.xlsx> [--profile ID] [--json]`
 *
 * Builds a new workbook holding one 自评表 per target form found: a 部门整体支出绩效自评表 for
 * each 部门整体绩效目标表, a 项目支出绩效自评表 for each 项目绩效目标表 (see
 * usecases/generate-self-evaluation.ts). Prints, per form, how the 分值 were distributed and
 * what the clerk still has to fill in.
 *
 * Exit codes: 0 written, 1 no target form in the file, 2 unusable input or arguments.
 */
import type { ParsedArgs } from "../args";
import { UsageError } from "../args";
import type { CommandContext } from "../context";
import { MemoryHost } from "../../hosts/memory";
import { show } from "../../scoring";
import { recogniseWorkbook } from "../../usecases/recognise-workbook";
import { generateSelfEvaluation, type GeneratedSelfEvaluation } from "../../usecases/generate-self-evaluation";
import { cacheResults, profileOption } from "./score";
import { outputOption, writeWorkbook } from "../output-file";

const PART_LABELS: Record<string, string> = { output: "产出", cost: "成本", benefit: "效益", satisfaction: "满意度" };

function describe(g: GeneratedSelfEvaluation): string[] {
  const w = g.draft.weights;
  const lines = [`${g.kind} ${g.sheet}  ← ${g.source.kind} ${g.source.name} (${g.source.sheet})`];
  const blocks = Object.entries((g.draft.data.weights ?? {}) as Record<string, number>)
    .map(([k, v]) => `${k} ${show(v)}`)
    .join("，");
  const rule =
    w.rule === "even"
      ? "其余分值平均分给各指标"
      : `按地区配置：${Object.entries(w.parts)
          .map(([p, v]) => `${PART_LABELS[p] ?? p} ${show(v)}`)
          .join("、")}，各部分内平均分配`;
  lines.push(`  分值：执行率 ${show(w.execution)}，${blocks}（${rule}）`);
  lines.push(`  指标 ${w.indicators.length} 项：${w.indicators.map(show).join("、")}`);
  for (const m of g.draft.moved) lines.push(`  “${m.name}”从${m.from}移到${m.to}（满意度单独计分）`);
  for (const s of g.draft.skipped) lines.push(`  未带入第 ${s.row} 行“${s.name}”：${s.reason}`);
  for (const r of g.draft.remarks) lines.push(`  注意：${r}`);
  if (!g.scored) lines.push("  注意：生成的表格未能按自评表识别，评分公式未按地区配置更新。");
  return lines;
}

export async function runSelfEvaluation(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [file, ...extra] = args.positional;
  if (file === undefined) throw new UsageError("请给出绩效目标表文件，例如：jixiao selfeval 绩效目标表.xlsx --out 自评表.xlsx");
  if (extra.length > 0) throw new UsageError("一次只能处理一个文件。");
  const profile = profileOption(args);
  const out = (await outputOption(args, ctx, { option: "out", inputs: [file], required: true, example: "--out 自评表.xlsx" }))!;
  const doc = await ctx.open(file);
  if (!doc) return 2;
  const forms = (await recogniseWorkbook(doc.host)).flatMap((s) => s.forms);
  const host = MemoryHost.empty();
  const placeholder = host.workbook.worksheets[0]!.name;
  const generated = await generateSelfEvaluation(host, forms, profile);
  if (generated.length === 0) {
    ctx.out(`${file}：没有找到绩效目标表（部门整体或项目），未生成自评表。`);
    return 1;
  }
  // The new workbook holds only the self-evaluations.
  host.workbook.removeWorksheet(host.workbook.getWorksheet(placeholder)!.id);
  cacheResults(host, generated.flatMap((g) => (g.scored ? [g.scored] : [])));
  await writeWorkbook(ctx, host, out);
  if (args.flags.has("json")) {
    ctx.out(
      JSON.stringify(
        {
          file,
          out,
          profile: profile.id,
          forms: generated.map((g) => ({ kind: g.kind, sheet: g.sheet, range: g.range, source: g.source, weights: g.draft.weights, skipped: g.draft.skipped, moved: g.draft.moved, remarks: g.draft.remarks })),
        },
        null,
        2,
      ),
    );
  } else {
    ctx.out(`${file}  [地区配置: ${profile.name["zh-CN"]}]：生成 ${generated.length} 张自评表`);
    for (const g of generated) for (const line of describe(g)) ctx.out(`  ${line}`);
    ctx.out(`已生成：${out}。请填写全年预算数、全年执行数、实际完成值、定性指标得分和偏差原因；定量指标得分、执行率、总分和等级由公式自动计算。`);
  }
  return 0;
}
