import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryHost } from "../../../src/hosts/memory";
import { recogniseWorkbook, type Progress } from "../../../src/usecases/recognise-workbook";

const xlsx = (n: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "../../fixtures/seeds", `${n}.xlsx`)));

describe("recogniseWorkbook", () => {
  it("reads every sheet, reporting progress and yielding between sheets", async () => {
    const host = await MemoryHost.open(xlsx("001"));
    const seen: Progress[] = [];
    let yields = 0;
    const sheets = await recogniseWorkbook(host, { onProgress: (p) => seen.push(p), yieldToUi: async () => void yields++ });
    expect(sheets).toHaveLength(9);
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen.every((p) => p.total === 9)).toBe(true);
    expect(yields).toBe(8);
  });

  it("reads one sheet, or only a selected range of it", async () => {
    const host = await MemoryHost.open(xlsx("000"));
    const [first] = await host.listSheets();
    const one = await recogniseWorkbook(host, { scope: { kind: "sheet", sheet: first!.name } });
    expect(one.map((s) => s.forms.map((f) => f.kind))).toEqual([["DT"]]);
    const none = await recogniseWorkbook(host, { scope: { kind: "range", sheet: first!.name, range: "A1:B3" } });
    expect(none[0]!.forms).toEqual([]);
    expect(none[0]!.messages[0]).toMatch(/未识别出/);
  });

  it("stops when aborted", async () => {
    const host = await MemoryHost.open(xlsx("004"));
    const signal = { aborted: false };
    const sheets = await recogniseWorkbook(host, { signal, onProgress: () => (signal.aborted = true) });
    expect(sheets).toHaveLength(1);
  });
});
