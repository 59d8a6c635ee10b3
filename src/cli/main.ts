/**
 * The command line: `npx jixiao <command> …`. Every failure the user can cause ends with one
 * line on stderr and exit code 2 — never a stack trace.
 */
import { parseArgs, UsageError } from "./args";
import type { CommandContext } from "./context";
import { COMMANDS } from "./commands";
import { InputError, openDocument, readDocument, type ReadDocument } from "../usecases/open-document";
import { readInputFile, writeOutputFile } from "./input-file";
import { identifyFile } from "./output-file";

export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
  return `绩效表助手 jixiao — 检查、评分、生成预算绩效表格

用法 / Usage:
${lines.join("\n")}

文件 / Files: .xlsx .xlsm .xls .et .ods .csv .pdf（含文字的 / with text）.txt（UTF-8、UTF-16、GB18030）

通用选项 / Common options:
  --help     显示本帮助 / show this help

退出码 / Exit codes: 0 正常 / ok, 1 发现错误 / errors found, 2 无法使用的输入或参数 / unusable input or arguments`;
}

/**
 * Writes lines to a stream that the reader may close early (`jixiao check x.xlsx | head`): once
 * the pipe is closed (EPIPE) further lines are dropped quietly instead of crashing with a stack
 * trace; the command still finishes and returns its exit code.
 */
const writers = new WeakMap<NodeJS.WritableStream, (line: string) => void>();

function closedPipe(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}

export function pipeWriter(stream: NodeJS.WritableStream): (line: string) => void {
  const known = writers.get(stream);
  if (known) return known;
  let closed = false;
  stream.on("error", (e: unknown) => {
    if (!closedPipe(e)) throw e;
    closed = true;
  });
  const write = (line: string) => {
    if (closed) return;
    try {
      stream.write(line + "\n");
    } catch (e) {
      // Some streams throw at once when already destroyed.
      if (!closedPipe(e)) throw e;
      closed = true;
    }
  };
  writers.set(stream, write);
  return write;
}

export function nodeContext(): CommandContext {
  /** Reads the file and opens it with `open`; on failure prints the one-line reason and resolves to undefined. */
  const opened = async <D extends ReadDocument>(file: string, open: (file: string, bytes: Uint8Array) => Promise<D>): Promise<D | undefined> => {
    let bytes: Uint8Array;
    try {
      bytes = await ctx.readBytes(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (e instanceof InputError) {
        ctx.err(e.message);
        return undefined;
      }
      ctx.err(code === "ENOENT" ? `找不到文件“${file}”。` : code === "EISDIR" ? `“${file}”是文件夹，请给出文件。` : `无法读取“${file}”：${(e as Error).message}`);
      return undefined;
    }
    try {
      const doc = await open(file, bytes);
      for (const notice of doc.host.notices) ctx.err(`${file} › 提示：${notice}`);
      return doc;
    } catch (e) {
      ctx.err(e instanceof InputError ? e.message : `无法读取“${file}”：${(e as Error).message}`);
      return undefined;
    }
  };
  const ctx: CommandContext = {
    out: pipeWriter(process.stdout),
    err: pipeWriter(process.stderr),
    readBytes: (file) => readInputFile(file),
    writeBytes: (file, bytes) => writeOutputFile(file, bytes),
    identify: (file) => identifyFile(file),
    open: (file) => opened(file, openDocument),
    read: (file) => opened(file, readDocument),
  };
  return ctx;
}

export async function main(argv: readonly string[], ctx: CommandContext = nodeContext()): Promise<number> {
  try {
    const commandName = argv.find((a) => !a.startsWith("-"));
    const command = commandName === undefined ? undefined : COMMANDS[commandName];
    if (commandName !== undefined && commandName !== "help" && !command) {
      throw new UsageError(`不认识的命令“${commandName}”。用 jixiao --help 查看用法。`);
    }
    const args = parseArgs(argv, { flags: ["help", ...(command?.flags ?? [])], options: command?.options ?? [] });
    if (!command || args.flags.has("help")) {
      ctx.out(usage());
      return commandName === undefined && !args.flags.has("help") ? 2 : 0;
    }
    return await command.run(args, ctx);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      ctx.err(e.message);
      return 2;
    }
    ctx.err(`出现了意外错误：${(e as Error).message ?? String(e)}。请把这个文件发给我们以便修复。`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
