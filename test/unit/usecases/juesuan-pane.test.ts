/**
 * The pane checks a 决算 workbook with the same rules as the command line, through the use case
 * it calls (paneCheck), and marks each planted mistake on its cell: a placeholder unit name, a
 * heading with the wrong year, a figure 0.01 apart between 公开04 and 公开05, and a share that does
 * not follow from the amounts. The workbook is written here from the 上海 template's labels with
 * made-up amounts, saved as .xlsx and opened again.
 */
import { gridFromText } from "../../../src/grid/from-text";
import { MemoryHost } from "../../../src/hosts/memory";
import { checkWorkbook } from "../../../src/usecases/check-workbook";
import { markFindings, paneCheck } from "../../../src/usecases/pane-check";
import { getProfile } from "../../../src/rules/profiles";
import { T05, t04 } from "../../fixtures/juesuan-lines";

jest.setTimeout(60_000);

const TEXT = [
  "第二部分 上海市某区XX局 2024 年度部门决算表",
  "",
  "收入支出决算总表",
  "\t\t\t单位：万元",
  "收入\t\t支出",
  "项目\t决算数\t项目\t决算数",
  "一、一般公共预算财政拨款收入\t130.00\t一、一般公共服务支出\t110.00",
  "八、其他收入\t\t八、社会保障和就业支出\t20.00",
  "本年收入合计\t130.00\t本年支出合计\t130.00",
  "年初结转和结余\t\t年末结转和结余\t",
  "总计\t130.00\t总计\t130.00",
  "",
  ...t04("19.99"),
  "",
  ...T05,
  "",
  "第三部分 上海市某区示例局 2023 年度部门决算情况",
  "说明",
  "五、一般公共预算财政拨款支出决算情况说明",
  "（二）一般公共预算财政拨款支出决算结构情况",
  "上海市某区示例局 2024 年度一般公共预算财政拨款支出 130.00 万元，主要用于以下方面：一般公共服务支出（类）110.00 万元，占 90.00%；社会保障和就业支出（类）20.00 万元，占 15.38%。",
  "第四部分 名词解释",
].join("\n");

const national = getProfile("national")!;

async function workbook(): Promise<MemoryHost> {
  const made = MemoryHost.fromGrids([gridFromText(TEXT, { sheet: "决算" })]);
  return MemoryHost.open(await made.save());
}

describe("a 决算 workbook in the pane", () => {
  it("gets the same findings as the command line, each planted mistake on its cell", async () => {
    const host = await workbook();
    const pane = await paneCheck(host, { kind: "workbook" }, { profile: national, yieldToUi: async () => undefined });
    const whole = await checkWorkbook(host, { profile: national });
    expect(pane.findings).toEqual(whole.findings);

    const grid = await host.readSheet("决算");
    const textAt = (ref: string): string => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return grid.text(Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65);
    };
    const all = pane.findings.flatMap((f) => [f, ...(f.related ?? [])]);
    const at = (rule: string, re: RegExp): string[] => all.filter((f) => f.rule === rule && re.test(f.message)).map((f) => textAt(f.cells[0]!.ref));
    // The placeholder in the unit name, on the heading that holds it.
    expect(at("JN-05", /XX/)).toEqual(["第二部分 上海市某区XX局 2024 年度部门决算表"]);
    // The narrative's heading with the wrong year.
    expect(at("JN-04", /2023/).some((t) => t.includes("2023 年度部门决算情况"))).toBe(true);
    // 19.99 in 公开04 against 20.00 in 公开05, on the 04 cell.
    expect(at("JS-13", /19\.99/)).toEqual(["19.99"]);
    // 110 ÷ 130 is 84.62%, not 90.00%: on the paragraph that says it.
    expect(at("XDOC-03", /90(\.00)?%/).some((t) => t.includes("占 90.00%"))).toBe(true);

    // The 说明 is checked section by section: what is missing is listed, one finding each.
    expect(at("JN-01", /缺少“收入决算情况”/)).toHaveLength(1);
    expect(at("JN-01", /缺少“预算绩效管理情况”/)).toHaveLength(1);

    // The pane marks them on the sheet.
    const marked = await markFindings(host, pane.findings, ["决算"]);
    expect(marked).toBeGreaterThanOrEqual(4);
  });
});
