/**
 * A small argument parser: `jixiao <command> [files…] [--flag] [--option value]`.
 * Unknown options are errors (exit 2), so a typo never silently changes what is checked.
 */
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseArgs(argv: readonly string[], spec: { flags: readonly string[]; options: readonly string[] }): ParsedArgs {
  const out: ParsedArgs = { command: undefined, positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (spec.flags.includes(name)) {
        out.flags.add(name);
      } else if (spec.options.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`选项 --${name} 需要一个值。`);
        out.options.set(name, value);
      } else {
        throw new UsageError(`不认识的选项 --${name}。用 --help 查看用法。`);
      }
    } else if (a === "-h") {
      out.flags.add("help");
    } else if (out.command === undefined) {
      out.command = a;
    } else {
      out.positional.push(a);
    }
  }
  return out;
}
