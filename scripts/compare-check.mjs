// Behaviour stays the same: runs two builds of the command line — e.g. the bundle of main and
// the one of a branch — over the same files and compares what they print (stdout, stderr, exit
// code) for `check --json`, `check --json --lang en` and `parse --json`.
//
//   node scripts/compare-check.mjs OLD/bin/jixiao.cjs bin/jixiao.cjs [files …]
//
// Without files: the seed workbooks, the layout corpus and the other formats in test/fixtures.
// Exit 0 when every output is identical, 1 otherwise (the first differing line is shown).
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const [oldCli, newCli, ...given] = process.argv.slice(2);
if (!oldCli || !newCli) {
  console.error("usage: node scripts/compare-check.mjs OLD_CLI NEW_CLI [files …]");
  process.exit(2);
}
const fixtures = (dir) => readdirSync(join("test/fixtures", dir)).filter((f) => !f.endsWith(".json") && !f.endsWith(".ts")).map((f) => join("test/fixtures", dir, f));
const files = given.length > 0 ? given : [...fixtures("seeds"), ...fixtures("layouts"), ...fixtures("formats")];
const commands = [["check", "--json"], ["check", "--json", "--lang", "en"], ["parse", "--json"]];

function run(cli, args) {
  try {
    const stdout = execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
    return { code: 0, stdout, stderr: "" };
  } catch (e) {
    return { code: e.status, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

let differ = 0;
let same = 0;
for (const file of files) {
  for (const command of commands) {
    const args = [...command, file];
    const a = run(oldCli, args);
    const b = run(newCli, args);
    const where = ["code", "stdout", "stderr"].find((k) => String(a[k]) !== String(b[k]));
    if (where === undefined) {
      same++;
      continue;
    }
    differ++;
    const la = String(a[where]).split("\n");
    const lb = String(b[where]).split("\n");
    const i = la.findIndex((line, n) => line !== lb[n]);
    console.log(`DIFF ${args.join(" ")} (${where}, line ${i + 1})\n  old: ${la[i] ?? "(end)"}\n  new: ${lb[i] ?? "(end)"}`);
  }
}
console.log(`${same} identical, ${differ} different (${files.length} files × ${commands.length} commands)`);
process.exitCode = differ > 0 ? 1 : 0;
