/**
 * No command writes over an input or replaces an existing file without --force: the output is
 * compared with the inputs by real path and by device/inode, so the same file reached through
 * `..`, a symbolic link or a hard link is refused, and the input stays byte for byte.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { capture, expectRefused, main } from "./capture";

const FIX = join(__dirname, "../../fixtures/seeds");


/** A folder with copies of seeds 000 (targets) and 003 (self-evaluations). */
function workspace(): { dir: string; targets: string; selfeval: string } {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-outpath-"));
  const targets = join(dir, "targets.xlsx");
  const selfeval = join(dir, "selfeval.xlsx");
  writeFileSync(targets, readFileSync(join(FIX, "000.xlsx")));
  writeFileSync(selfeval, readFileSync(join(FIX, "003.xlsx")));
  mkdirSync(join(dir, "sub"));
  return { dir, targets, selfeval };
}


const SAME = /就是输入文件.*（同一个文件）。输入文件不会被改动，请换一个输出文件名。$/;
const EXISTS = /已存在。请换一个文件名，或加 --force 覆盖它。$/;

describe("output files never replace an input", () => {
  it.each([
    ["the same name", (w: ReturnType<typeof workspace>) => w.selfeval],
    ["a name through ..", (w: ReturnType<typeof workspace>) => join(w.dir, "sub", "..", "selfeval.xlsx")],
    [
      "a symbolic link to the input",
      (w: ReturnType<typeof workspace>) => {
        const link = join(w.dir, "link.xlsx");
        symlinkSync(w.selfeval, link);
        return link;
      },
    ],
    [
      "a hard link to the input",
      (w: ReturnType<typeof workspace>) => {
        const link = join(w.dir, "hard.xlsx");
        linkSync(w.selfeval, link);
        return link;
      },
    ],
  ])("score --out, check --annotate and import --out refuse %s, even with --force", async (_what, target) => {
    const w = workspace();
    const before = readFileSync(w.selfeval);
    const out = target(w);
    for (const argv of [
      ["score", w.selfeval, "--out", out, "--force"],
      ["score", w.selfeval, "--out", out],
      ["check", w.selfeval, "--annotate", out, "--force"],
      ["import", w.selfeval, "--out", out, "--force"],
    ]) {
      await expectRefused(argv, SAME);
    }
    expect(readFileSync(w.selfeval).equals(before)).toBe(true);
  });

  it("selfeval --out refuses its input reached through a symbolic link", async () => {
    const w = workspace();
    const link = join(w.dir, "t-link.xlsx");
    symlinkSync(w.targets, link);
    await expectRefused(["selfeval", w.targets, "--out", link, "--force"], SAME);
  });

  it("a symbolic link given as the input is compared by what it points at", async () => {
    const w = workspace();
    const link = join(w.dir, "in-link.xlsx");
    symlinkSync(w.selfeval, link);
    await expectRefused(["score", link, "--out", w.selfeval, "--force"], SAME);
  });

  it("template --out refuses to write over its --data file", async () => {
    const w = workspace();
    const data = join(w.dir, "data.xlsx");
    writeFileSync(data, "{}");
    await expectRefused(["template", "PT", "--data", data, "--out", data, "--force"], SAME);
    expect(readFileSync(data, "utf8")).toBe("{}");
  });
});

describe("an existing file is replaced only with --force", () => {
  it.each([
    ["score", (w: ReturnType<typeof workspace>, out: string) => ["score", w.selfeval, "--out", out]],
    ["selfeval", (w: ReturnType<typeof workspace>, out: string) => ["selfeval", w.targets, "--out", out]],
    ["check --annotate", (w: ReturnType<typeof workspace>, out: string) => ["check", w.selfeval, "--annotate", out]],
    ["template", (_w: ReturnType<typeof workspace>, out: string) => ["template", "PT", "--out", out]],
    ["import", (w: ReturnType<typeof workspace>, out: string) => ["import", w.targets, "--out", out]],
  ])("%s refuses an existing output, and replaces it with --force", async (_name, argv) => {
    const w = workspace();
    const out = join(w.dir, "existing.xlsx");
    writeFileSync(out, "keep me");
    await expectRefused(argv(w, out), EXISTS);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const { ctx, err } = capture();
    expect(await main([...argv(w, out), "--force"], ctx)).toBeLessThan(2);
    expect(err).toEqual([]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    // The write went through a temporary file that is gone again.
    expect(readdirSync(w.dir).filter((f) => f.includes("jixiao-tmp"))).toEqual([]);
  });

  it("a folder is never an output, with or without --force", async () => {
    const w = workspace();
    const folder = join(w.dir, "folder.xlsx");
    mkdirSync(folder);
    await expectRefused(["score", w.selfeval, "--out", folder, "--force"], /不是普通文件/);
    expect(existsSync(folder)).toBe(true);
  });

  it("a new output in a new name is written, the input untouched", async () => {
    const w = workspace();
    const before = readFileSync(w.selfeval);
    const { ctx, err } = capture();
    expect(await main(["score", w.selfeval, "--out", join(w.dir, "sub", "scored.xlsx")], ctx)).toBe(0);
    expect(err).toEqual([]);
    expect(existsSync(join(w.dir, "sub", "scored.xlsx"))).toBe(true);
    expect(readFileSync(w.selfeval).equals(before)).toBe(true);
  });
});
