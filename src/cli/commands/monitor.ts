/**
 * `jixiao monitor <targets.xlsx|.txt> --out <monitoring.xlsx> [--month N] [--force] [--json]`
 *
 * Builds a new workbook holding one 绩效运行监控表 per target form found (usecases/
 * generate-monitoring.ts): the targets filled in, the monitoring columns (1–N月执行, 全年预计完成,
 * 偏差原因, 纠偏措施) empty; `--month` writes the month into the column labels ("1-6月执行数").
 *
 * Exit codes: 0 written, 1 no target form in the file, 2 unusable input or arguments.
 */
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { MemoryHost } from "../../hosts/memory";
import { recogniseWorkbook } from "../../usecases/recognise-workbook";
import { generateMonitoring } from "../../usecases/generate-monitoring";
import { outputOption, writeWorkbook } from "../output-file";
import { monthOption } from "./check";

export async function runMonitor(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const [file, ...extra] = args.positional;
  if (file === undefined) throw new UsageError("请给出绩效目标表文件，例如：jixiao monitor 绩效目标表.xlsx --out 运行监控表.xlsx --month 6");
  if (extra.length > 0) throw new UsageError("一次只能处理一个文件。");
  const month = monthOption(args);
  const out = (await outputOption(args, ctx, { option: "out", inputs: [file], required: true, example: "--out 运行监控表.xlsx" }))!;
  const doc = await ctx.open(file);
  if (!doc) return 2;
  const forms = (await recogniseWorkbook(doc.host)).flatMap((s) => s.forms);
  const host = MemoryHost.empty();
  const placeholder = host.workbook.worksheets[0]!.name;
  const generated = await generateMonitoring(host, forms, month);
  if (generated.length === 0) {
    ctx.out(`${file}：没有找到绩效目标表（部门整体或项目），未生成运行监控表。`);
    return 1;
  }
  host.workbook.removeWorksheet(host.workbook.getWorksheet(placeholder)!.id);
  await writeWorkbook(ctx, host, out);
  if (args.flags.has("json")) {
    ctx.out(JSON.stringify({ file, out, month: month ?? null, forms: generated }, null, 2));
    return 0;
  }
  ctx.out(`${file}：生成 ${generated.length} 张运行监控表`);
  for (const g of generated) {
    ctx.out(`  MT ${g.sheet}  ← ${g.source.kind} ${g.source.name} (${g.source.sheet})，${g.indicators} 项指标`);
    if (g.unplaced.length > 0) ctx.out(`    注意：未能放入表中：${g.unplaced.join("、")}`);
  }
  ctx.out(`已生成：${out}。请填写${month !== undefined ? `1-${month}月` : "截至监控月份的"}执行数、各指标执行情况和全年预计完成；预计完不成的指标填写偏差原因和纠偏措施。`);
  return 0;
}
