/**
 * `jixiao check x.xlsx | head`: the reader closes the pipe early. Lines after that are dropped
 * quietly; nothing crashes with EPIPE. Tested on a real pipe: the stdin of a `head -n 1` child.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { pipeWriter } from "../../../src/cli/main";

test("writing on after the reader closed the pipe is quiet", async () => {
  const head = spawn("head", ["-n", "1"], { stdio: ["pipe", "pipe", "inherit"] });
  let got = "";
  head.stdout.on("data", (d: Buffer) => (got += d.toString()));
  const exited = once(head, "exit");
  const out = pipeWriter(head.stdin);
  out("第一行 / first line");
  await exited;
  // The reader is gone: these writes hit EPIPE, asynchronously, on the stream.
  for (let i = 0; i < 2_000; i++) out(`第 ${i} 行：${"检查结果".repeat(20)}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (let i = 0; i < 10; i++) out("还有 / more");
  expect(got).toBe("第一行 / first line\n");
  expect(head.stdin.destroyed).toBe(true);
});

test("one writer per stream, however many contexts ask", () => {
  const { PassThrough } = jest.requireActual<typeof import("node:stream")>("node:stream");
  const stream = new PassThrough();
  expect(pipeWriter(stream)).toBe(pipeWriter(stream));
  expect(stream.listenerCount("error")).toBe(1);
});
