/** The command line's real Node context with stdout and stderr captured, for in-process runs. */
import { main, nodeContext } from "../../../src/cli/main";
import type { CommandContext } from "../../../src/cli/context";

export { main };

export function capture(): { ctx: CommandContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = nodeContext();
  Object.assign(ctx, { out: (l: string) => out.push(l), err: (l: string) => err.push(l) });
  return { ctx, out, err };
}

/** Runs the command line and expects exit 2 with one line on stderr matching `message`, nothing on stdout. */
export async function expectRefused(argv: string[], message: RegExp): Promise<void> {
  const { ctx, out, err } = capture();
  expect(await main(argv, ctx)).toBe(2);
  expect(out).toEqual([]);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(message);
}
