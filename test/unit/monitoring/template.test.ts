/**
 * A 绩效运行监控表 made from a recognised 目标表 (jixiao monitor, the MT template): the same
 * project and indicators, the targets as written, the monitoring columns empty — and the sheet
 * it makes is read back as a monitoring form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { MemoryHost } from "../../../src/hosts/memory";
import type { MonitoringForm, ProjectTargetForm } from "../../../src/forms/forms";
import { recogniseWorkbook } from "../../../src/usecases/recognise-workbook";
import { generateMonitoring } from "../../../src/usecases/generate-monitoring";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { monitoringLights } from "../../../src/usecases/monitoring-lights";
import { capture, main } from "../cli/capture";

const SEED = join(__dirname, "../../fixtures/seeds/001.xlsx");

async function formsOf(host: MemoryHost) {
  return (await recogniseWorkbook(host)).flatMap((s) => s.forms);
}

describe("monitoring from targets", () => {
  it("carries every project's indicators and budget, leaves the monitoring columns empty, and reads back as MT", async () => {
    const targets = (await formsOf(await MemoryHost.open(new Uint8Array(readFileSync(SEED))))).filter((f): f is ProjectTargetForm => f.kind === "PT");
    expect(targets.length).toBeGreaterThan(0);
    const host = MemoryHost.empty();
    const made = await generateMonitoring(host, targets, 6);
    expect(made).toHaveLength(targets.length);
    expect(made.flatMap((m) => m.unplaced)).toEqual([]);
    const read = (await formsOf(host)).filter((f): f is MonitoringForm => f.kind === "MT");
    expect(read).toHaveLength(targets.length);
    targets.forEach((t, i) => {
      const m = read[i]!;
      expect(m.header.project?.value).toBe(t.header.project?.value);
      expect(m.month?.value).toBe(6);
      const applicable = t.indicators.filter((x) => !x.notApplicable);
      expect(m.indicators.map((x) => [x.level3.value, x.target?.text])).toEqual(applicable.map((x) => [x.level3.value, x.target?.text]));
      expect(m.indicators.every((x) => (x.executed?.text ?? "") === "" && (x.expected?.text ?? "") === "" && (x.reason?.value ?? "") === "")).toBe(true);
      expect(m.funds.find((l) => l.key === "total")?.budget?.value).toBe(t.money.find((l) => l.key === "total")?.amounts.budget?.value);
    });
    // An empty monitoring form: nothing to report and no light before the clerk fills it.
    const { findings, forms } = await checkWorkbook(host);
    expect(findings.filter((f) => f.rule.startsWith("RUN"))).toEqual([]);
    expect(monitoringLights(forms)).toEqual([]);
  });

  it("jixiao monitor writes the workbook and refuses to overwrite its input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-monitor-"));
    try {
      const out = join(dir, "监控.xlsx");
      const { ctx, out: lines } = capture();
      expect(await main(["monitor", SEED, "--out", out, "--month", "6"], ctx)).toBe(0);
      expect(lines.join("\n")).toMatch(/生成 \d+ 张运行监控表/);
      const again = capture();
      expect(await main(["monitor", SEED, "--out", out], again.ctx)).toBe(2);
      expect(again.err.join("\n")).toMatch(/已存在/);
      const bad = capture();
      expect(await main(["monitor", SEED, "--out", join(dir, "x.xlsx"), "--month", "13"], bad.ctx)).toBe(2);
      expect(bad.err.join("\n")).toMatch(/--month 应是 1 到 12 的整数/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
