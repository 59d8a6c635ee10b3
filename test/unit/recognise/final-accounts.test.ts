import { readFileSync } from "fs";
import { join } from "path";
import { parseA1 } from "../../../src/grid/address";
import { gridFromText } from "../../../src/grid/from-text";
import { Grid } from "../../../src/grid/grid";
import { MemoryHost } from "../../../src/hosts/memory";
import { FinalAccountsTableFormSchema, type AccountsLine, type FinalAccountsTableForm, type FinalAccountsTableId } from "../../../src/forms/forms";
import { readFinalAccountsTable } from "../../../src/recognise/final-accounts";
import { segmentGrid, type Segment } from "../../../src/recognise/segment";

const grid = gridFromText(readFileSync(join(__dirname, "../../fixtures/seeds/003.txt"), "utf8"));
const jsSegments = segmentGrid(grid).filter((s) => s.kind === "JS");
const forms = jsSegments.map((s) => readFinalAccountsTable(grid, s)).filter((f): f is FinalAccountsTableForm => f !== undefined);

function table(id: FinalAccountsTableId): FinalAccountsTableForm {
  const f = forms.find((x) => x.table === id);
  if (!f) throw new Error(`table ${id} not read`);
  return f;
}

/** The displayed text of the cell a ref points at, to prove refs are real. */
function textAt(g: Grid, ref: string): string {
  const p = parseA1(ref);
  if (!p) throw new Error(`bad ref ${ref}`);
  return g.text(p.row, p.col);
}

function line(f: FinalAccountsTableForm, pick: { section?: string; label?: string; code?: string }): AccountsLine {
  const found = f.lines.filter(
    (l) =>
      (pick.section === undefined || l.section === pick.section) &&
      (pick.label === undefined || l.label.value === pick.label) &&
      (pick.code === undefined || l.code?.value === pick.code),
  );
  if (found.length !== 1) throw new Error(`${found.length} lines match ${JSON.stringify(pick)} in table ${f.table}`);
  return found[0]!;
}

const amount = (l: AccountsLine, key: string): number | null | undefined => l.amounts[key]?.value;

describe("003.txt: the nine 部门决算 tables", () => {
  it("reads exactly nine JS forms, one per table, and the table of contents yields none", () => {
    expect(forms.map((f) => f.table)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    const toc = jsSegments.filter((s) => s.bottom < grid.rowCount / 10);
    expect(toc.length).toBeGreaterThanOrEqual(8);
    for (const s of toc) expect(readFinalAccountsTable(grid, s)).toBeUndefined();
  });

  it("gives forms that satisfy the schema, with real refs", () => {
    for (const f of forms) {
      expect(FinalAccountsTableFormSchema.safeParse(f).success).toBe(true);
      expect(f.layout).toBe("national-2021");
      for (const l of f.lines) {
        if (l.label.value !== "") expect(textAt(grid, l.label.ref)).toContain(l.label.value);
        for (const a of Object.values(l.amounts)) if (a.value !== null) expect(textAt(grid, a.ref)).toBe(a.text);
      }
    }
  });

  it("reads header fields wherever they sit in the segment", () => {
    expect(table("01").header.moneyUnit?.value).toBe("万元"); // after the table
    expect(table("02").header.unit?.value).toBe("株洲市石峰区机关事务服务中心"); // inside the header row
    expect(textAt(grid, table("02").header.unit!.ref)).toMatch(/^部门：/);
    expect(table("05").header.unit?.value).toBe("株洲市石峰区机关事务服务中心"); // "部门: …"
    expect(table("08").header.moneyUnit?.value).toBe("万元"); // "单位：万元"
    expect(table("01").title?.value).toBe("收入支出决算总表");
  });

  it("01 收入支出决算总表: both sides with 行次 and 金额", () => {
    const f = table("01");
    expect(f.columns).toEqual([
      { key: "amount", label: "金额", columnNo: 1, section: "income" },
      { key: "amount", label: "金额", columnNo: 2, section: "expenditure" },
    ]);
    const total = line(f, { section: "income", label: "总计" });
    expect(total.lineNo).toBe(31);
    expect(amount(total, "amount")).toBeCloseTo(1474.07, 2);
    expect(total.amounts.amount!.ref).toBe("C138");
    expect(total.amounts.amount!.text).toBe("1,474.07");
    expect(total.label.ref).toBe("A138");
    expect(line(f, { section: "expenditure", label: "总计" }).lineNo).toBe(62);
    expect(amount(line(f, { section: "income", label: "一、一般公共预算财政拨款收入" }), "amount")).toBe(1406.53);
    expect(amount(line(f, { section: "expenditure", label: "二十三、其他支出" }), "amount")).toBe(67.54);
    for (const label of ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"]) expect(line(f, { section: "income", label }).lineNo).not.toBeNull();
    for (const label of ["本年支出合计", "结余分配", "年末结转和结余"]) expect(line(f, { section: "expenditure", label }).lineNo).not.toBeNull();
    expect(f.lines.filter((l) => l.section === "expenditure")).toHaveLength(30);
    expect(f.lines.filter((l) => l.section === "income")).toHaveLength(12);
  });

  it("02 收入决算表: columns by label although the header row is one cell off", () => {
    const f = table("02");
    expect(f.columns.map((c) => [c.key, c.label, c.columnNo])).toEqual([
      ["total", "本年收入合计", 1],
      ["fiscal", "财政拨款收入", 2],
      ["superiorGrant", "上级补助收入", 3],
      ["service", "事业收入", 4],
      ["operating", "经营收入", 5],
      ["affiliated", "附属单位上缴收入", 6],
      ["other", "其他收入", 7],
    ]);
    const l = line(f, { code: "2010301" });
    expect(l.label.value).toBe("行政运行");
    expect(amount(l, "total")).toBe(335.54);
    expect(amount(l, "fiscal")).toBe(335.54);
    expect(textAt(grid, l.code!.ref)).toBe("2010301");
    const total = line(f, { label: "合计" });
    expect(total.code).toBeUndefined();
    expect(amount(total, "total")).toBe(1474.07);
    expect(amount(total, "other")).toBe(67.54);
    expect(amount(line(f, { code: "2299999" }), "other")).toBe(67.54);
    expect(f.lines.filter((x) => x.code)).toHaveLength(16);
  });

  it("03 支出决算表: the 合计 row", () => {
    const f = table("03");
    expect(f.columns.map((c) => c.key)).toEqual(["total", "basic", "project", "toSuperior", "operating", "toAffiliated"]);
    const total = line(f, { label: "合计" });
    expect(amount(total, "total")).toBe(1474.07);
    expect(amount(total, "basic")).toBe(335.54);
    expect(amount(total, "project")).toBe(1138.54); // as printed: 335.54 + 1138.54 ≠ 1474.07
    expect(amount(total, "toSuperior")).toBeNull();
    expect(total.amounts.total!.ref).toBe("C188");
  });

  it("04 财政拨款收入支出决算总表: sides by label, shifted rows by their 行次", () => {
    const f = table("04");
    expect(f.columns.map((c) => `${c.section}.${c.key}#${c.columnNo}`)).toEqual([
      "income.amount#1",
      "expenditure.total#2",
      "expenditure.generalBudget#3",
      "expenditure.governmentFund#4",
      "expenditure.stateCapital#5",
    ]);
    expect(amount(line(f, { section: "income", label: "一、一般公共预算财政拨款" }), "amount")).toBe(1406.53);
    const health = line(f, { section: "expenditure", label: "九、卫生健康支出" });
    expect(health.lineNo).toBe(41);
    expect(amount(health, "generalBudget")).toBe(100);
    expect(health.amounts.generalBudget!.ref).toBe("G227");
    expect(amount(health, "governmentFund")).toBeNull();
    // After the page break the rows lost their empty first cell.
    const other = line(f, { section: "expenditure", label: "二十三、其他支出" });
    expect(other.lineNo).toBe(55);
    expect(other.label.ref).toBe("C242");
    expect(other.amounts.total!.ref).toBe("E242");
    // "年初财政拨款结转和结余 | 28 | 年末财政拨款结转和结余 | 60": two labels side by side.
    expect(line(f, { section: "income", label: "年初财政拨款结转和结余" }).lineNo).toBe(28);
    const closing = line(f, { section: "expenditure", label: "年末财政拨款结转和结余" });
    expect(closing.lineNo).toBe(60);
    expect(closing.label.ref).toBe("C247");
    expect(line(f, { section: "expenditure", label: "总计" }).lineNo).toBe(64);
    expect(amount(line(f, { section: "expenditure", label: "本年支出合计" }), "generalBudget")).toBe(1406.53);
    expect(f.lines.filter((l) => l.section === "expenditure").map((l) => l.lineNo)).toEqual([...Array.from({ length: 28 }, (_, i) => 33 + i), 64]);
  });

  it("05 一般公共预算财政拨款支出决算表", () => {
    const f = table("05");
    expect(f.columns.map((c) => [c.key, c.label, c.columnNo])).toEqual([
      ["total", "本年支出小计", 1],
      ["basic", "基本支出", 2],
      ["project", "项目支出", 3],
    ]);
    const total = line(f, { label: "合计" });
    expect(amount(total, "basic")).toBe(335.54);
    expect(amount(total, "project")).toBe(1070.99);
    expect(amount(line(f, { code: "2010301" }), "basic")).toBe(335.54);
    expect(amount(line(f, { code: "2010301" }), "project")).toBeNull();
  });

  it("06 基本支出决算明细表: three groups, totals on the row below their labels", () => {
    const f = table("06");
    expect(f.columns).toEqual([
      { key: "amount", label: "决算数", columnNo: null, section: "personnel" },
      { key: "amount", label: "决算数", columnNo: null, section: "publicUse" },
    ]);
    const personnel = line(f, { label: "人员经费合计" });
    expect(personnel.section).toBe("personnel");
    expect(amount(personnel, "amount")).toBe(278.84);
    expect(personnel.amounts.amount!.ref).toBe("C322");
    const publicUse = line(f, { label: "公用经费合计" });
    expect(publicUse.section).toBe("publicUse");
    expect(amount(publicUse, "amount")).toBe(56.7);
    const salary = line(f, { code: "30101" });
    expect(salary.label.value).toBe("基本工资");
    expect(salary.section).toBe("personnel");
    expect(amount(salary, "amount")).toBe(73.5);
    const cars = line(f, { code: "30231" });
    expect(cars.label.value).toBe("公务用车运行维护费");
    expect(cars.section).toBe("publicUse");
    expect(amount(cars, "amount")).toBe(13.65);
    for (const code of ["307", "310", "31013", "399", "39999"]) expect(line(f, { code }).section).toBe("publicUse");
    expect(line(f, { code: "303" }).section).toBe("personnel");
    expect(amount(line(f, { code: "30203" }), "amount")).toBeNull();
  });

  it("07 “三公”经费: one line each for 预算数 and 决算数, columns by 栏次", () => {
    const f = table("07");
    expect(f.columns.map((c) => `${c.section}.${c.key}#${c.columnNo}`)).toEqual([
      "budget.total#1",
      "budget.abroad#2",
      "budget.vehicles#3",
      "budget.vehiclePurchase#4",
      "budget.vehicleOperation#5",
      "budget.reception#6",
      "final.total#7",
      "final.abroad#8",
      "final.vehicles#9",
      "final.vehiclePurchase#10",
      "final.vehicleOperation#11",
      "final.reception#12",
    ]);
    expect(f.lines).toHaveLength(2);
    const budget = line(f, { section: "budget" });
    const final = line(f, { section: "final" });
    expect(budget.label.value).toBe("预算数");
    expect(final.label.value).toBe("决算数");
    expect(amount(budget, "total")).toBe(95);
    expect(amount(budget, "abroad")).toBeNull();
    expect(amount(final, "vehicleOperation")).toBe(92.51);
    expect(final.amounts.vehicleOperation!.ref).toBe("K338");
    expect(amount(final, "reception")).toBeNull();
  });

  it.each(["08", "09"] as const)("%s is empty, with the note saying why", (id) => {
    const f = table(id);
    expect(f.empty).toBe(true);
    expect(f.note?.value).toMatch(/故本表无数据。$/);
    expect(textAt(grid, f.note!.ref)).toBe(f.note!.value);
    expect(line(f, { label: "合计" }).code).toBeUndefined();
  });

  it("08 and 09 columns come from their headers", () => {
    expect(table("08").columns.map((c) => [c.key, c.columnNo])).toEqual([
      ["opening", 1],
      ["income", 2],
      ["expenditure", 3],
      ["basic", 4],
      ["project", 5],
      ["closing", 6],
    ]);
    expect(table("09").columns.map((c) => c.key)).toEqual(["total", "basic", "project"]);
    expect(table("08").note?.value).toContain("没有政府性基金收入");
  });

  it("non-empty tables have no note unless one explains something", () => {
    for (const id of ["01", "02", "03", "04", "05", "06", "07"] as const) {
      expect(table(id).empty).toBe(false);
      expect(table(id).note).toBeUndefined();
    }
  });
});

describe("003.xlsx: the same tables from a workbook (merged cells, numbers as numbers)", () => {
  /** What a table says, without where it says it. */
  const content = (f: FinalAccountsTableForm): unknown => ({
    table: f.table,
    layout: f.layout,
    columns: f.columns,
    lines: f.lines.map((l) => [l.section, l.code?.value, l.label.value, l.lineNo, Object.entries(l.amounts).map(([k, a]) => [k, a.value])]),
    empty: f.empty,
    note: f.note?.value,
    unit: f.header.unit?.value,
    moneyUnit: f.header.moneyUnit?.value,
  });

  it("reads every table as it reads the text", async () => {
    const host = await MemoryHost.open(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/seeds/003.xlsx"))));
    const fromXlsx: FinalAccountsTableForm[] = [];
    for (const sheet of await host.listSheets()) {
      const g = await host.readSheet(sheet.name);
      for (const s of segmentGrid(g)) {
        const f = s.kind === "JS" ? readFinalAccountsTable(g, s) : undefined;
        if (f) fromXlsx.push(f);
      }
    }
    expect(fromXlsx.map((f) => f.table)).toEqual(forms.map((f) => f.table));
    fromXlsx.forEach((f, i) => expect(content(f)).toEqual(content(forms[i]!)));
  });
});

describe("hand-made layouts: columns are found by their labels", () => {
  const seg = (g: Grid, table: FinalAccountsTableId, titleRow = 0): Segment => ({
    kind: "JS",
    table,
    titleRow,
    titleCol: 0,
    title: g.text(titleRow, 0),
    top: titleRow,
    bottom: g.rowCount - 1,
  });

  it("03 with its columns in another order, names before codes, a one-row header and numbers as numbers", () => {
    const g = Grid.fromRows("Sheet1", [
      ["支出决算表"],
      ["编制单位：某某局", null, null, "单位：元"],
      ["科目名称", "科目编码", "项目支出", "基本支出", "本年支出合计"],
      ["合计", null, 30, 70, 100],
      ["一般公共服务支出", 201, 30, 70, 100],
      ["行政运行", 2010301, null, 70, 70],
    ]);
    const f = readFinalAccountsTable(g, seg(g, "03"))!;
    expect(FinalAccountsTableFormSchema.safeParse(f).success).toBe(true);
    expect(f.layout).toBe("generic");
    expect(f.header.unit?.value).toBe("某某局");
    expect(f.header.moneyUnit?.value).toBe("元");
    expect(f.columns.map((c) => [c.key, c.columnNo])).toEqual([
      ["project", null],
      ["basic", null],
      ["total", null],
    ]);
    const run = line(f, { code: "2010301" });
    expect(run.label.value).toBe("行政运行");
    expect(run.label.ref).toBe("A6");
    expect(run.code!.ref).toBe("B6");
    expect(amount(run, "total")).toBe(70);
    expect(run.amounts.total!.ref).toBe("E6");
    expect(amount(run, "project")).toBeNull();
    expect(amount(line(f, { label: "合计" }), "basic")).toBe(70);
  });

  it("05 as an .xlsx sheet: merged title and header cells, 栏次 row, code and name in one cell", () => {
    const g = Grid.fromRows(
      "公开05表",
      [
        ["一般公共预算财政拨款支出决算表"],
        ["金额单位：万元"],
        ["项目", null, "本年支出"],
        ["功能分类科目编码", "科目名称", "小计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 150, 100, 50],
        ["201 一般公共服务支出", null, 150, 100, 50],
      ],
      [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 2, left: 0, bottom: 2, right: 1 },
        { top: 2, left: 2, bottom: 2, right: 4 },
        { top: 4, left: 0, bottom: 4, right: 1 },
        { top: 5, left: 0, bottom: 5, right: 1 },
        { top: 6, left: 0, bottom: 6, right: 1 },
      ],
    );
    const f = readFinalAccountsTable(g, seg(g, "05"))!;
    expect(f.layout).toBe("national-2021");
    expect(f.columns.map((c) => [c.key, c.label, c.columnNo])).toEqual([
      ["total", "本年支出小计", 1],
      ["basic", "基本支出", 2],
      ["project", "项目支出", 3],
    ]);
    const l = line(f, { code: "201" });
    expect(l.label.value).toBe("一般公共服务支出");
    expect(l.label.ref).toBe("A7");
    expect(amount(l, "project")).toBe(50);
    expect(l.amounts.project!.ref).toBe("E7");
  });

  it("01 with 金额 before 行次 and no 栏次 row", () => {
    const g = Grid.fromRows("Sheet1", [
      ["收入支出决算总表"],
      ["收入项目", "金额", "行次", "支出项目", "金额", "行次"],
      ["一般公共预算财政拨款收入", "1,406.53", 1, "一般公共服务支出", "1,256.53", 32],
      ["其他收入", "67.54", 8, "其他支出", "217.54", 54],
      ["总计", "1,474.07", 31, "总计", "1,474.07", 62],
    ]);
    const f = readFinalAccountsTable(g, seg(g, "01"))!;
    expect(f.columns.map((c) => `${c.section}.${c.key}`)).toEqual(["income.amount", "expenditure.amount"]);
    const other = line(f, { section: "expenditure", label: "其他支出" });
    expect(other.lineNo).toBe(54);
    expect(amount(other, "amount")).toBe(217.54);
    expect(other.amounts.amount!.ref).toBe("E4");
    expect(line(f, { section: "income", label: "总计" }).lineNo).toBe(31);
  });

  it("07 laid out by rows: 项目 | 预算数 | 决算数", () => {
    const g = Grid.fromRows("Sheet1", [
      ["一般公共预算财政拨款“三公”经费支出决算表"],
      ["项目", "预算数", "决算数"],
      ["合计", 10, 8],
      ["因公出国（境）费", 0, 0],
      ["公务用车购置及运行费", 6, 5],
      ["其中：公务用车购置费", 0, 0],
      ["公务用车运行费", 6, 5],
      ["公务接待费", 4, 3],
    ]);
    const f = readFinalAccountsTable(g, seg(g, "07"))!;
    expect(f.lines.map((l) => l.section)).toEqual(["budget", "final"]);
    const final = line(f, { section: "final" });
    expect(amount(final, "total")).toBe(8);
    expect(amount(final, "vehicleOperation")).toBe(5);
    expect(final.amounts.vehicleOperation!.ref).toBe("C7");
    expect(amount(line(f, { section: "budget" }), "reception")).toBe(4);
  });

  it("06 with two groups, no 人员经费/公用经费 row and a total sharing its row with an item", () => {
    const g = Grid.fromRows("Sheet1", [
      ["一般公共预算财政拨款基本支出决算明细表"],
      ["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"],
      ["301", "工资福利支出", "10.00", "302", "商品和服务支出", "4.00"],
      ["30101", "基本工资", "10.00", "30201", "办公费", "3.00"],
      ["人员经费合计", null, "10.00", "30299", "其他商品和服务支出", "1.00"],
      [null, null, null, "公用经费合计", null, "4.00"],
    ]);
    const f = readFinalAccountsTable(g, seg(g, "06"))!;
    expect(f.layout).toBe("generic");
    expect(line(f, { code: "30101" }).section).toBe("personnel");
    expect(line(f, { code: "30299" }).section).toBe("publicUse");
    expect(line(f, { code: "30299" }).amounts.amount!.ref).toBe("F5");
    expect(line(f, { label: "人员经费合计" }).amounts.amount!.ref).toBe("C5");
    expect(amount(line(f, { label: "公用经费合计" }), "amount")).toBe(4);
    expect(line(f, { label: "公用经费合计" }).section).toBe("publicUse");
  });

  it("a title with no table under it gives nothing", () => {
    const g = Grid.fromRows("Sheet1", [["- 二、收入决算表"], ["- 三、支出决算表"]]);
    expect(readFinalAccountsTable(g, { ...seg(g, "02"), bottom: 0 })).toBeUndefined();
  });
});
