/**
 * The command table. Each command lives in its own file and is listed here once: its usage
 * line (shown by --help), the flags and options it accepts, and its run function.
 */
import type { CommandContext } from "../context";
import type { ParsedArgs } from "../args";
import { UsageError } from "../args";
import { runParse } from "./parse";
import { runCheck } from "./check";
import { runScore } from "./score";
import { runSelfEvaluation } from "./selfeval";
import { runTemplate } from "./template";
import { runImport } from "./import";
import { runLibrary } from "./library";
import { runMonitor } from "./monitor";

export interface Command {
  /** Usage line(s) for --help, Chinese / English. */
  usage: string;
  flags: readonly string[];
  options: readonly string[];
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  check: {
    usage:
      "jixiao check <文件…> [--json] [--profile 地区] [--lang zh-CN|en] [--ignore 规则,…] [--month 月份] [--annotate 输出.xlsx] [--report 报告.xlsx] [--force]\n" +
      "                                                 检查表格并报告问题 / check the forms and report problems\n" +
      "  jixiao check <文件夹|文件…> --summary 汇总.xlsx [--summary-json 汇总.json] [--force]\n" +
      "                                                 多个单位的检查汇总（严重的单位在前）/ one summary of many submissions, worst units first",
    flags: ["json", "force"],
    options: ["profile", "lang", "ignore", "annotate", "report", "month", "summary", "summary-json"],
    run: runCheck,
  },
  score: {
    usage:
      "jixiao score <自评表.xlsx|.txt> [--out 输出.xlsx [--force]] [--profile 地区] [--json]\n" +
      "                                                 按规则评分并写入公式 / score self-evaluations, write live formulas",
    flags: ["json", "force"],
    options: ["out", "profile"],
    run: runScore,
  },
  selfeval: {
    usage:
      "jixiao selfeval <绩效目标表.xlsx|.txt> --out 自评表.xlsx [--force] [--profile 地区] [--json]\n" +
      "                                                 由绩效目标表生成自评表 / build self-evaluations from the targets",
    flags: ["json", "force"],
    options: ["out", "profile"],
    run: runSelfEvaluation,
  },
  monitor: {
    usage:
      "jixiao monitor <绩效目标表.xlsx|.txt> --out 运行监控表.xlsx [--month 月份] [--force] [--json]\n" +
      "                                                 由绩效目标表生成绩效运行监控表 / build monitoring forms from the targets",
    flags: ["json", "force"],
    options: ["out", "month"],
    run: runMonitor,
  },
  parse: {
    usage: "jixiao parse <文件>… [--json]                    列出识别出的表格 / list the forms recognised",
    flags: ["json"],
    options: [],
    run: async (args, ctx) => {
      if (args.positional.length === 0) throw new UsageError("请给出要读取的文件，例如：jixiao parse 绩效目标表.xlsx");
      return runParse(ctx, args.positional, args.flags.has("json"));
    },
  },
  template: {
    usage:
      "jixiao template <DT|ST|PT|DS|PS|JS> [--layout 版式] [--year 年度] [--unit 单位] [--data 数据.json] --out 文件.xlsx [--force]\n" +
      "                                                 生成表格模板（可按数据填好）/ insert a form's template, optionally filled\n" +
      "  jixiao template --list                          列出全部模板与版式 / list the templates and layouts",
    flags: ["list", "force"],
    options: ["layout", "year", "unit", "data", "out"],
    run: runTemplate,
  },
  import: {
    usage:
      "jixiao import <文本.txt|工作簿.xlsx> --out 文件.xlsx [--year 年度] [--force]\n" +
      "                                                 把识别出的每张表填入标准模板 / each form found becomes a filled template sheet",
    flags: ["force"],
    options: ["out", "year"],
    run: runImport,
  },
  library: {
    usage:
      "jixiao library search [词…] [--area 领域] [--limit 条数] [--workbook 工作簿] [--json]\n" +
      "                                                 在指标库中查找标准指标 / search the standard indicator library\n" +
      "  jixiao library suggest <文件…> [--json]          按项目内容建议缺少的指标 / per project, indicators its text calls for that are missing\n" +
      "  jixiao library export <工作簿> [--out 文件.json]  导出工作簿中的本单位指标 / export the unit's own indicators",
    flags: ["json"],
    options: ["area", "limit", "workbook", "out"],
    run: runLibrary,
  },
};
