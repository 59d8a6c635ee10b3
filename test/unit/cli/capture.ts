/** The command line's context with stdout and stderr captured as lines, for in-process runs. */
import { nodeContext } from "../../../src/cli/main";
import type { CommandContext } from "../../../src/cli/context";

export function capture(): { ctx: CommandContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = nodeContext();
  Object.assign(ctx, { out: (l: string) => out.push(l), err: (l: string) => err.push(l) });
  return { ctx, out, err };
}
