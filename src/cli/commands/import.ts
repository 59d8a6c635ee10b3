/**
 * `jixiao import <文本.txt|工作簿.xlsx> --out 文件.xlsx [--year 年度]`: every form found in the
 * file becomes a sheet of its official template, filled with its data. With --year the forms
 * are carried over to that year (amounts kept, flagged to confirm). Text from the input is
 * written as text, never as formulas.
 */
import { importForms } from "../../templates";
import { recogniseWorkbook } from "../../usecases/recognise-workbook";
import { UsageError, type ParsedArgs } from "../args";
import type { CommandContext } from "../context";
import { newWorkbook, outputFile, saveWorkbook, yearOption } from "./template";

export async function runImport(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const file = args.positional[0];
  if (file === undefined) throw new UsageError("请给出要导入的文件，例如：jixiao import 绩效目标.txt --out 绩效目标表.xlsx");
  if (args.positional.length > 1) throw new UsageError(`多余的参数“${args.positional[1]}”。一次导入一个文件。`);
  const year = yearOption(args);
  const out = await outputFile(args, ctx, "jixiao import 绩效目标.txt --out 绩效目标表.xlsx", [file]);
  const doc = await ctx.open(file);
  if (!doc) return 2;
  const recognised = await recogniseWorkbook(doc.host);
  const forms = recognised.flatMap((s) => s.forms);
  if (forms.length === 0) throw new UsageError(`“${file}”中未识别出绩效目标表、自评表或决算表。`);

  const host = newWorkbook();
  const report = await importForms(host, forms, year !== undefined ? { year } : {});
  if (report.sheets.length === 0) throw new UsageError(`“${file}”中的表格都没有对应的模板：${report.messages.join(" ")}`);
  await saveWorkbook(host, out, ctx);
  ctx.out(`已生成 ${out}，共 ${report.sheets.length} 张表：`);
  for (const s of report.sheets) {
    ctx.out(`  ${s.sheet}  ${s.template}  ${s.title}`);
    if (s.unplaced.length > 0) ctx.out(`    注意：以下数据在此版式中没有对应的格子，未填入：${s.unplaced.join("、")}`);
    if (s.toConfirm.length > 0) {
      const shown = s.toConfirm.slice(0, 8).join("、") + (s.toConfirm.length > 8 ? " 等" : "");
      ctx.out(`    沿用上年的金额已标出（${s.toConfirm.length} 处），请核实：${shown}`);
    }
  }
  for (const m of report.messages) ctx.out(`  ${m}`);
  return 0;
}
