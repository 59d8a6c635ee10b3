/**
 * The command table. Each command lives in its own file and is listed here once: its usage
 * line (shown by --help), the flags and options it accepts, and its run function.
 */
import type { CommandContext } from "../context";
import type { ParsedArgs } from "../args";
import { UsageError } from "../args";
import { runParse } from "./parse";
import { runCheck } from "./check";

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
      "jixiao check <文件…> [--json] [--profile 地区] [--lang zh-CN|en] [--ignore 规则,…] [--annotate 输出.xlsx]\n" +
      "                                                 检查表格并报告问题 / check the forms and report problems",
    flags: ["json"],
    options: ["profile", "lang", "ignore", "annotate"],
    run: runCheck,
  },
  parse: {
    usage: "jixiao parse <文件.xlsx|文件.txt>… [--json]      列出识别出的表格 / list the forms recognised",
    flags: ["json"],
    options: [],
    run: async (args, ctx) => {
      if (args.positional.length === 0) throw new UsageError("请给出要读取的文件，例如：jixiao parse 绩效目标表.xlsx");
      return runParse(ctx, args.positional, args.flags.has("json"));
    },
  },
};
