/** The pane's sliced check gives exactly what checkWorkbook gives, and stops when cancelled. */
import { MemoryHost } from "../../../src/hosts/memory";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { markFindings, paneCheck, resolveScope, timeSlicer } from "../../../src/usecases/pane-check";
import { getProfile } from "../../../src/rules/profiles";
import { setRuleIgnored } from "../../../src/usecases/settings";
import { manySheets, openSeed } from "./helpers";

jest.setTimeout(60_000);

const national = getProfile("national")!;

test.each(["000.xlsx", "002.xlsx", "003.xlsx"])("%s: the same findings as checkWorkbook, in the same order", async (seed) => {
  const host = await openSeed(seed);
  await setRuleIgnored(host, "VAL-02", true);
  const whole = await checkWorkbook(host, { profile: national });
  const sliced = await paneCheck(host, { kind: "workbook" }, { profile: national, yieldToUi: async () => undefined });
  expect(sliced.cancelled).toBe(false);
  expect(sliced.ignored).toEqual(["VAL-02"]);
  expect(sliced.forms.length).toBe(whole.forms.length);
  expect(sliced.findings).toEqual(whole.findings);
  expect(sliced.findings.some((f) => f.rule === "VAL-02")).toBe(false);
});

test("English messages when asked", async () => {
  const host = await openSeed("003.xlsx");
  const whole = await checkWorkbook(host, { profile: national, locale: "en" });
  const sliced = await paneCheck(host, { kind: "workbook" }, { profile: national, locale: "en", yieldToUi: async () => undefined });
  expect(sliced.findings).toEqual(whole.findings);
});

test("progress sheet by sheet, yielding between sheets, and a cancel that stops early", async () => {
  const host = manySheets(20);
  const seen: string[] = [];
  let yields = 0;
  const signal = { aborted: false };
  const result = await paneCheck(host, { kind: "workbook" }, {
    profile: national,
    signal,
    onProgress: (p) => {
      seen.push(`${p.phase}:${p.done}/${p.total}`);
      if (p.done === 5) signal.aborted = true;
    },
    yieldToUi: async () => {
      yields++;
    },
  });
  expect(result.cancelled).toBe(true);
  expect(result.sheets).toHaveLength(5);
  expect(seen).toEqual(["reading:1/20", "reading:2/20", "reading:3/20", "reading:4/20", "reading:5/20"]);
  expect(yields).toBe(5);
});

test("the time slicer only gives up the thread once the slice is used", async () => {
  let now = 0;
  const slice = timeSlicer(30, () => now);
  const spy = jest.spyOn(global, "setTimeout");
  await slice();
  expect(spy).not.toHaveBeenCalled();
  now = 31;
  await slice();
  expect(spy).toHaveBeenCalledTimes(1);
  spy.mockRestore();
});

test("scopes resolve against the active sheet and the selection", async () => {
  const host = await openSeed("003.xlsx");
  await host.select("公车平台经费", "B3:D9");
  expect(await resolveScope(host, "sheet")).toEqual({ kind: "sheet", sheet: "公车平台经费" });
  expect(await resolveScope(host, "selection")).toEqual({ kind: "range", sheet: "公车平台经费", range: "B3:D9" });
  expect(await resolveScope(host, "workbook")).toEqual({ kind: "workbook" });
});

test("marks go only on the checked sheets (and those a finding points to)", async () => {
  const host = await openSeed("003.xlsx");
  const spy = jest.spyOn(host, "setHighlights");
  const result = await paneCheck(host, { kind: "sheet", sheet: "公车平台经费" }, { profile: national, yieldToUi: async () => undefined });
  const marked = await markFindings(host, result.findings, ["公车平台经费"]);
  expect(marked).toBeGreaterThan(0);
  expect(new Set(spy.mock.calls.map((c) => c[0]))).toEqual(new Set(["公车平台经费"]));
});

test("after a whole-workbook check, old marks go in one call and only sheets with findings are marked", async () => {
  const host = await openSeed("003.xlsx");
  await host.setHighlights("公开01表", [{ ref: "A1", severity: "error", note: "旧标记" }]);
  const set = jest.spyOn(host, "setHighlights");
  const clear = jest.spyOn(host, "clearHighlights");
  const result = await paneCheck(host, { kind: "workbook" }, { profile: national, yieldToUi: async () => undefined });
  const progress: string[] = [];
  await markFindings(host, result.findings, result.sheets.map((s) => s.sheet), { wholeWorkbook: true, onProgress: (d, t) => progress.push(`${d}/${t}`), yieldToUi: async () => undefined });
  expect(clear).toHaveBeenCalledTimes(1);
  const withFindings = new Set(result.findings.map((f) => f.sheet));
  expect(new Set(set.mock.calls.map((c) => c[0]))).toEqual(withFindings);
  expect(progress.at(-1)).toBe(`${withFindings.size}/${withFindings.size}`);
  if (!withFindings.has("公开01表")) expect(JSON.stringify(host.workbook.getWorksheet("公开01表")!.getCell("A1").note ?? null)).not.toContain("旧标记");
});

test("an empty workbook checks to nothing", async () => {
  const result = await paneCheck(MemoryHost.empty(), { kind: "workbook" }, { profile: national });
  expect(result.findings).toEqual([]);
  expect(result.sheets).toHaveLength(1);
});
