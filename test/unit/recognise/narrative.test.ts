import { readFileSync } from "fs";
import { join } from "path";
import { parseA1 } from "../../../src/grid/address";
import { gridFromText } from "../../../src/grid/from-text";
import { Grid } from "../../../src/grid/grid";
import { FinalAccountsNarrativeFormSchema, type FinalAccountsNarrativeForm } from "../../../src/forms/forms";
import { headingLevel, readNarrative } from "../../../src/recognise/narrative";
import { classifyTitle, segmentGrid } from "../../../src/recognise/segment";

const grid = gridFromText(readFileSync(join(__dirname, "../../fixtures/seeds/003.txt"), "utf8"));
const jnSegments = segmentGrid(grid).filter((s) => s.kind === "JN");
const forms = jnSegments.map((s) => readNarrative(grid, s)).filter((f): f is FinalAccountsNarrativeForm => f !== undefined);

function textAt(g: Grid, ref: string): string {
  const p = parseA1(ref)!;
  return g.text(p.row, p.col);
}

describe("003.txt: 2021年度部门决算情况说明", () => {
  it("segments the part once (its numbered sections are no titles) and reads one JN form", () => {
    expect(classifyTitle("二、收入决算情况说明")).toBeUndefined();
    expect(classifyTitle("五、一般公共预算财政拨款支出决算情况说明")).toBeUndefined();
    expect(classifyTitle("2021年度部门决算情况说明")).toEqual({ kind: "JN" });
    expect(classifyTitle("第三部分2021年度部门决算情况说明")).toEqual({ kind: "JN" });
    expect(jnSegments).toHaveLength(2); // the table of contents and the part itself
    expect(forms).toHaveLength(1);
  });

  const form = forms[0]!;

  it("is a valid form with the year of its title", () => {
    expect(FinalAccountsNarrativeFormSchema.safeParse(form).success).toBe(true);
    expect(form.title?.value).toBe("2021年度部门决算情况说明");
    expect(form.header.year?.value).toBe(2021);
    expect(form.layout).toBe("national-2021");
  });

  it("has the fifteen numbered sections and their sub-sections", () => {
    const level1 = form.sections.filter((s) => s.level === 1).map((s) => s.heading.value);
    expect(level1).toHaveLength(15);
    expect(level1[0]).toBe("一、收入支出决算总体情况说明");
    expect(level1[14]).toBe("十五、其他重要事项情况说明");
    expect(form.sections.filter((s) => s.level === 2).map((s) => s.heading.value)).toContain("（三）财政拨款支出决算具体情况");
    expect(form.sections.filter((s) => s.level === 3)).toHaveLength(8);
  });

  it("keeps each paragraph with its cell", () => {
    const s = form.sections.find((x) => x.heading.value === "三、支出决算情况说明")!;
    expect(s.paragraphs).toHaveLength(1);
    expect(s.paragraphs[0]!.value).toContain("项目支出1138.53万元");
    expect(textAt(grid, s.paragraphs[0]!.ref)).toBe(s.paragraphs[0]!.value);
    expect(textAt(grid, s.heading.ref)).toBe("三、支出决算情况说明");
    for (const sec of form.sections) for (const p of sec.paragraphs) expect(p.value.startsWith(textAt(grid, p.ref))).toBe(true);
  });

  it("joins a sentence the PDF broke across lines and records the extra refs", () => {
    const s = form.sections.find((x) => x.heading.value === "十、关于机关运行经费支出说明")!;
    expect(s.paragraphs).toHaveLength(1);
    const p = s.paragraphs[0]!;
    expect(p.value).toContain("比上年决算数减少34.43万元，减少37.78%。");
    expect(p.continued).toHaveLength(1);
    expect(textAt(grid, p.continued![0]!)).toMatch(/^万元，减少37.78%。/);
    expect(textAt(grid, p.ref)).toMatch(/减少34.43$/);
  });

  it("joins a heading broken before its last word", () => {
    const h = form.sections.find((x) => x.heading.value.startsWith("5、"))!;
    expect(h.heading.value).toBe("5、卫生健康（类）公共卫生（款）突发公共卫生事件应急处理（项）支出。");
    expect(h.heading.continued).toHaveLength(1);
    expect(h.paragraphs[0]!.value).toContain("支出决算为100万元");
  });

  it("keeps numbered sentences stating amounts as paragraphs", () => {
    const s = form.sections.find((x) => x.heading.value === "（二）“三公”经费财政拨款支出决算具体情况说明")!;
    expect(s.paragraphs.map((p) => p.value.slice(0, 2))).toEqual(["20", "1、", "2、", "3、"]);
  });

  it("stops at the next part", () => {
    const all = form.sections.flatMap((s) => [s.heading.value, ...s.paragraphs.map((p) => p.value)]);
    expect(all.some((t) => /第四部分|名词解释|财政拨款收入：指/.test(t))).toBe(false);
    expect(form.sections[form.sections.length - 1]!.paragraphs[0]!.value).toMatch(/^本单位没有独立网站/);
  });

  it("the table of contents yields no form", () => {
    const toc = jnSegments[0]!;
    expect(toc.bottom).toBeLessThan(grid.rowCount / 10);
    expect(readNarrative(grid, toc)).toBeUndefined();
  });
});

describe("headingLevel", () => {
  it.each([
    ["一、收入支出决算总体情况说明", 1],
    ["十四、关于2021年度预算绩效情况的说明", 1],
    ["（一）财政拨款支出决算总体情况", 2],
    ["(二) 财政拨款支出决算结构情况", 2],
    ["1、一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。", 3],
    ["（1）本部门预算绩效管理开展情况", 3],
    ["- 三、支出决算情况说明", 1],
  ])("%s → %d", (text, level) => expect(headingLevel(text)).toBe(level));

  it.each(["1、因公出国（境）费支出决算为0万元，全年安排因公出国（境）团组0个，累计0人次。", "本年收入合计1474.07万元", "2021年度收、支总计1474.07万元。"])(
    "%s is body text",
    (text) => expect(headingLevel(text)).toBeUndefined(),
  );
});

describe("hand-made narrative", () => {
  it("reads paragraphs before the first heading under the title", () => {
    const g = Grid.fromRows("Sheet1", [["部门决算情况说明"], ["本部门2021年支出100万元，"], ["比上年增加5万元。"], ["一、其他"], ["无。"]]);
    const f = readNarrative(g, { kind: "JN", titleRow: 0, titleCol: 0, title: "部门决算情况说明", top: 0, bottom: 4 })!;
    expect(f.sections[0]!.level).toBe(0);
    expect(f.sections[0]!.paragraphs).toEqual([{ value: "本部门2021年支出100万元，比上年增加5万元。", ref: "A2", text: "本部门2021年支出100万元，", continued: ["A3"] }]);
    expect(f.sections[1]!.heading.value).toBe("一、其他");
  });
});
