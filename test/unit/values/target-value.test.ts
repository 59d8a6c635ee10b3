import fc from "fast-check";
import {
  formatTargetValue,
  parseTargetValue,
  TargetValueSchema,
  type Comparator,
  type DefectCode,
  type Quantity,
  type TargetValue,
} from "../../../src/values";

/** What a test compares: the structured value without the original text and with defects as codes. */
type Shape = Record<string, unknown>;

function shape(v: TargetValue): Shape {
  const { text: _text, ...rest } = v;
  if (!("defects" in rest)) return rest;
  const { defects, ...fields } = rest;
  return { ...fields, codes: defects.map((d) => d.code) };
}

interface QuantityExtra {
  subject?: string;
  upper?: number;
  more?: Quantity[];
  note?: string;
}

const empty = (): Shape => ({ kind: "empty" });
const q = (comparator: Comparator | null, number: number, unit: string, codes: DefectCode[] = [], extra: QuantityExtra = {}): Shape => ({
  kind: "quantitative",
  comparator,
  number,
  unit,
  ...extra,
  codes,
});
const d = (comparator: Comparator | null, year: number | undefined, month?: number, day?: number, codes: DefectCode[] = []): Shape => ({
  kind: "deadline",
  comparator,
  ...(year !== undefined ? { year } : {}),
  ...(month !== undefined ? { month } : {}),
  ...(day !== undefined ? { day } : {}),
  codes,
});
const t = (codes: DefectCode[] = []): Shape => ({ kind: "qualitative", codes });

/** Every distinct 指标值 / 年度指标值 / 实际完成值 in the five seed documents. */
const SEED_VALUES: [string, Shape][] = [
  ["≥9090%及以上", q("≥", 9090, "%", ["doubled-number", "redundant-words"])],
  ["≥8080%及以上", q("≥", 8080, "%", ["doubled-number", "redundant-words"])],
  ["50次以上", q("≥", 50, "次")],
  ["≥95%", q("≥", 95, "%")],
  ["2021年12月前", d("≤", 2021, 12)],
  ["80万元以内", q("≤", 80, "万元")],
  ["433.50万元以内", q("≤", 433.5, "万元")],
  ["75万元以内", q("≤", 75, "万元")],
  ["≥90%", q("≥", 90, "%")],
  ["588.50万元以内", q("≤", 588.5, "万元")],
  ["保洁率≥90%", q("≥", 90, "%", [], { subject: "保洁率" })],
  ["健全", t()],
  ["合理", t()],
  ["科学", t()],
  ["70辆", q(null, 70, "辆")],
  ["后勤人员考核达标率>95%", q(">", 95, "%", [], { subject: "后勤人员考核达标率" })],
  ["环保节能", t()],
  [">50人次", q(">", 50, "人次")],
  [">150人次", q(">", 150, "人次")],
  [">200人次", q(">", 200, "人次")],
  ["100万元", q(null, 100, "万元")],
  ["24小时", q(null, 24, "小时")],
  ["正常运转", t()],
  ["发现故障是否及时维修", t(["question"])],
  ["5%", q(null, 5, "%")],
  ["资金使用率", t()],
  ["通过及时维修维护设备为参数", t()],
  ["节能环保", t()],
  ["95%", q(null, 95, "%")],
  ["7个工作日内缴纳", q("≤", 7, "个工作日", [], { note: "缴纳" })],
  ["正常用水", t()],
  ["保障正常工作", t()],
  ["7天", q(null, 7, "天")],
  ["及时缴纳", t()],
  ["提倡节约用水", t()],
  ["良好后勤服务保障", t()],
  ["提升政府公信力", t(["vague"])],
  ["200万元", q(null, 200, "万元")],
  ["节能减排", t()],
  ["100次/辆", q(null, 100, "次/辆")],
  ["及时", t()],
  ["持续有效", t()],
  ["365人/次", q(null, 365, "人/次")],
  ["28000人/次", q(null, 28000, "人/次")],
  ["100%", q(null, 100, "%")],
  ["12个月", q(null, 12, "个月")],
  ["达到国家卫生安全标准", t()],
  ["98%", q(null, 98, "%")],
  ["提高接待质量", t(["vague"])],
  ["否", t()],
  ["$\\geq 95\\%$", q("≥", 95, "%", ["latex"])],
  ["$\\geq 98\\%$", q("≥", 98, "%", ["latex"])],
  ["> 135 万元", q(">", 135, "万元")],
  ["> 48 人", q(">", 48, "人")],
  ["75万元", q(null, 75, "万元")],
  [">135万元", q(">", 135, "万元")],
  [">48人", q(">", 48, "人")],
  ["≥98%", q("≥", 98, "%")],
  ["≤175万元", q("≤", 175, "万元")],
  ["≤10天", q("≤", 10, "天")],
  ["及时足额", t()],
  ["服务保障", t()],
  ["政务服务水平", t()],
  ["节能环保型社会", t()],
  ["提供后勤服务保障", t()],
  ["及时维修、处理年检等事宜", t()],
  ["部件合格、节能环保", t()],
  ["7部", q(null, 7, "部")],
  ["≤10分钟", q("≤", 10, "分钟")],
  ["≤30分钟", q("≤", 30, "分钟")],
  ["优良服务", t()],
  ["为职工上下班提供便利条件", t()],
  ["维修部件节能环保", t()],
  ["≥96%", q("≥", 96, "%")],
  ["365天", q(null, 365, "天")],
  ["≤80%", q("≤", 80, "%")],
  ["15年", q(null, 15, "年")],
  ["≤95%", q("≤", 95, "%")],
  ["≥94%", q("≥", 94, "%")],
  ["≤90%", q("≤", 90, "%")],
  ["50 次", q(null, 50, "次")],
  ["59 次", q(null, 59, "次")],
  ["250 场次", q(null, 250, "场次")],
  ["260 场次", q(null, 260, "场次")],
  ["1000 次", q(null, 1000, "次")],
  ["1346 次", q(null, 1346, "次")],
  ["舒适整洁", t()],
  ["宣传到位", t()],
  ["共同战“疫”", t()],
  ["2021 年 12 月", d(null, 2021, 12)],
  ["450 万元", q(null, 450, "万元")],
  ["436.20 万元", q(null, 436.2, "万元")],
  ["710 万元", q(null, 710, "万元")],
  ["701.61 万元", q(null, 701.61, "万元")],
  ["全面提升", t(["vague"])],
  ["更加精细高效", t(["vague"])],
  ["40 家", q(null, 40, "家")],
  ["42 家", q(null, 42, "家")],
  ["300 场次", q(null, 300, "场次")],
  ["306 场次", q(null, 306, "场次")],
  ["严格执行", t()],
  ["433.50 万元", q(null, 433.5, "万元")],
  ["有机制有保障", t()],
  ["120 万元", q(null, 120, "万元")],
  ["101.92 万元", q(null, 101.92, "万元")],
  ["15 人", q(null, 15, "人")],
  ["14 人", q(null, 14, "人")],
  ["详细准确", t()],
  ["优化", t(["vague"])],
  ["119.48 万元", q(null, 119.48, "万元")],
  ["全面优化", t(["vague"])],
  ["全面实现", t()],
  ["80 个部门 30000 份", q(null, 80, "个部门", ["multiple-numbers"], { more: [{ number: 30000, unit: "份" }] })],
  ["80 个部门 35000 份", q(null, 80, "个部门", ["multiple-numbers"], { more: [{ number: 35000, unit: "份" }] })],
  ["顺利完成", t()],
  ["436.92 万元", q(null, 436.92, "万元")],
  ["无", t()],
  ["", empty()],
];

/** Written variants and defects beyond what the seeds contain. */
const MORE_VALUES: [string, Shape][] = [
  // full-width and ASCII forms
  ["≥９５％", q("≥", 95, "%")],
  ["＞48人", q(">", 48, "人")],
  ["＞４８　人", q(">", 48, "人")],
  [">=95%", q("≥", 95, "%")],
  ["<=10天", q("≤", 10, "天")],
  ["≧95%", q("≥", 95, "%")],
  ["≥ 95 %", q("≥", 95, "%")],
  ["28,000人/次", q(null, 28000, "人/次")],
  ["0.5万元/人", q(null, 0.5, "万元/人")],
  ["-3%", q(null, -3, "%")],
  // comparing words
  ["不低于90%", q("≥", 90, "%")],
  ["不少于50次", q("≥", 50, "次")],
  ["不超过80万元", q("≤", 80, "万元")],
  ["不高于5%", q("≤", 5, "%")],
  ["10万元以下", q("≤", 10, "万元")],
  ["低于5%", q("<", 5, "%")],
  ["高于90%", q(">", 90, "%")],
  ["超过50次", q(">", 50, "次")],
  ["控制在588.50万元以内", q("≤", 588.5, "万元")],
  ["合格率不低于95%", q("≥", 95, "%", [], { subject: "合格率" })],
  ["合格率:95%", q(null, 95, "%", [], { subject: "合格率" })],
  ["≥95%以上", q("≥", 95, "%", ["redundant-words"])],
  ["≥50次以内", q("≥", 50, "次", ["conflicting-comparators"])],
  ["不低于90%以上", q("≥", 90, "%")],
  ["控制在80万元以上", q("≤", 80, "万元", ["conflicting-comparators"])],
  ["100万元左右", q(null, 100, "万元", [], { note: "左右" })],
  // ranges
  ["90%-95%", q(null, 90, "%", [], { upper: 95 })],
  ["90-95%", q(null, 90, "%", [], { upper: 95 })],
  ["90%～95%", q(null, 90, "%", [], { upper: 95 })],
  ["2000-3000元", q(null, 2000, "元", [], { upper: 3000 })],
  // units written in words
  ["≥100百分比", q("≥", 100, "%", ["unit-in-words"])],
  ["百分之95", q(null, 95, "%", ["unit-in-words"])],
  // deadlines
  ["2021年12月31日前", d("≤", 2021, 12, 31)],
  ["2021年底前", d("≤", 2021, 12)],
  ["2021年前", d("≤", 2021)],
  ["12月底前", d("≤", undefined, 12, undefined, ["year-missing"])],
  ["年底前", d("≤", undefined, 12, undefined, ["year-missing"])],
  ["2021-12-31", d(null, 2021, 12, 31)],
  ["2021/12前", d("≤", 2021, 12)],
  ["2021.12.31", d(null, 2021, 12, 31)],
  ["≤2021年12月前", d("≤", 2021, 12, undefined, ["redundant-words"])],
  ["2021年13月", d(null, 2021, 13, undefined, ["invalid-date"])],
  ["2021年2月30日", d(null, 2021, 2, 30, ["invalid-date"])],
  ["44561", d(null, 2021, 12, 31, ["excel-date-serial"])],
  // placeholders
  ["xx", t(["placeholder"])],
  ["XX", t(["placeholder"])],
  ["ｘｘ", t(["placeholder"])],
  ["*", t(["placeholder"])],
  ["**", t(["placeholder"])],
  ["×××", t(["placeholder"])],
  ["—", t(["placeholder"])],
  ["≥xx%", t(["placeholder"])],
  ["xx万元", t(["placeholder"])],
  // vague, questions, malformed
  ["有所提高", t(["vague"])],
  ["逐步完善", t(["vague"])],
  ["效果明显", t(["vague"])],
  ["较好", t(["vague"])],
  ["是否及时", t(["question"])],
  ["能否按期完成？", t(["question"])],
  ["按时完成吗", t(["question"])],
  ["1.2.3万元", t(["malformed-number"])],
  ["   ", empty()],
];

describe("parseTargetValue: every value in the seed documents", () => {
  it.each(SEED_VALUES)("%j", (text, expected) => {
    const v = parseTargetValue(text);
    expect(shape(v)).toEqual(expected);
    expect(v.text).toBe(text);
  });
});

describe("parseTargetValue: variants and defects", () => {
  it.each(MORE_VALUES)("%j", (text, expected) => {
    expect(shape(parseTargetValue(text))).toEqual(expected);
  });
});

describe("every parsed value", () => {
  const all = [...SEED_VALUES, ...MORE_VALUES].map(([text]) => parseTargetValue(text));

  it("fits TargetValueSchema", () => {
    for (const v of all) expect(TargetValueSchema.parse(v)).toEqual(v);
  });

  it("explains each defect in a full Chinese sentence", () => {
    for (const v of all) {
      if (!("defects" in v)) continue;
      for (const defect of v.defects) {
        expect(defect.message).toMatch(/[\u4e00-\u9fff]/);
        expect(defect.message).toMatch(/。$/);
        expect(defect.message).not.toMatch(/undefined/);
      }
    }
  });

  it("suggests a value that itself parses without defects", () => {
    for (const v of all) {
      if (!("defects" in v)) continue;
      for (const defect of v.defects) {
        if (defect.suggested === undefined) continue;
        const fixed = parseTargetValue(defect.suggested);
        expect("defects" in fixed && fixed.defects).toEqual([]);
      }
    }
  });
});

describe("defect details", () => {
  it("suggests the single number for a doubled one, without the redundant words", () => {
    const v = parseTargetValue("≥9090%及以上");
    expect(v.kind === "quantitative" && v.defects.map((d) => d.suggested)).toEqual(["≥90%", "≥90%"]);
    expect(v.kind === "quantitative" && v.defects[0]?.message).toContain("9090");
  });

  it("tells the date an Excel serial stands for", () => {
    const v = parseTargetValue("44561");
    expect(v.kind === "deadline" && v.defects[0]?.message).toContain("2021年12月31日");
    expect(v.kind === "deadline" && v.defects[0]?.suggested).toBe("2021年12月31日");
  });

  it("reads a serial-sized integer as a count when a quantity is expected", () => {
    expect(shape(parseTargetValue("44561", { expect: "quantity" }))).toEqual(q(null, 44561, ""));
  });

  it("reads a bare year as a deadline when a deadline is expected", () => {
    expect(shape(parseTargetValue("2021", { expect: "deadline" }))).toEqual(d(null, 2021));
    expect(shape(parseTargetValue("2021"))).toEqual(q(null, 2021, ""));
  });

  it("leaves numbers outside Excel's usual date range alone", () => {
    expect(shape(parseTargetValue("28000"))).toEqual(q(null, 28000, ""));
    expect(shape(parseTargetValue("≥44561"))).toEqual(q("≥", 44561, ""));
  });

  it("names the vague words it found", () => {
    const v = parseTargetValue("有所提高");
    expect(v.kind === "qualitative" && v.defects[0]?.message).toContain("提高");
  });

  it("accepts numbers and blanks as cells give them", () => {
    expect(shape(parseTargetValue(95))).toEqual(q(null, 95, ""));
    expect(parseTargetValue(null)).toEqual({ kind: "empty", text: "" });
    expect(parseTargetValue(undefined)).toEqual({ kind: "empty", text: "" });
  });
});

describe("formatTargetValue", () => {
  it.each([
    ["≥9090%及以上", "≥9090%"],
    ["588.50万元以内", "≤588.5万元"],
    ["50次以上", "≥50次"],
    ["> 135 万元", ">135万元"],
    ["保洁率≥90%", "保洁率≥90%"],
    ["$\\geq 95\\%$", "≥95%"],
    ["90%-95%", "90%-95%"],
    ["80 个部门 30000 份", "80个部门 30000份"],
    ["7个工作日内缴纳", "≤7个工作日，缴纳"],
    ["2021 年 12 月", "2021年12月"],
    ["2021年12月前", "2021年12月前"],
    ["12月底前", "12月前"],
    ["44561", "2021年12月31日"],
    [" 健全 ", "健全"],
    ["", ""],
  ])("%j prints as %j", (text, expected) => {
    expect(formatTargetValue(parseTargetValue(text))).toBe(expected);
  });

  const roundTrips = [...SEED_VALUES, ...MORE_VALUES]
    .map(([text]) => parseTargetValue(text))
    .filter((v) => v.kind === "quantitative" || v.kind === "deadline");

  it.each(roundTrips.map((v) => [v.text, v] as const))("parse(format(%j)) keeps the structure", (_text, v) => {
    const again = parseTargetValue(formatTargetValue(v));
    // The canonical text drops what was wrong in the writing (LaTeX, 及以上 after ≥, 百分比, serials,
    // a contradicting word after the symbol, which the structured value already settled).
    const writingDefects: DefectCode[] = ["latex", "redundant-words", "unit-in-words", "excel-date-serial", "conflicting-comparators"];
    const expected = shape(v);
    expected.codes = (expected.codes as DefectCode[]).filter((c) => !writingDefects.includes(c));
    expect(shape(again)).toEqual(expected);
  });

  const comparator = fc.constantFrom<Comparator | null>(null, "≥", ">", "=", "≤", "<");

  it("round-trips generated quantitative values", () => {
    const units = ["%", "万元", "元", "次", "人次", "场次", "次/辆", "万元/人", "个工作日", "天", "小时", "分钟", "个部门", "家", ""];
    const subjects = [undefined, "保洁率", "后勤人员考核达标率", "合格率"];
    fc.assert(
      fc.property(comparator, fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(...units), fc.constantFrom(...subjects), (c, k, unit, subject) => {
        const number = unit === "%" ? (k % 10_001) / 100 : k / 100;
        const v: TargetValue = { kind: "quantitative", text: "", comparator: c, number, unit, defects: [] };
        if (subject !== undefined) v.subject = subject;
        const again = parseTargetValue(formatTargetValue(v), { expect: "quantity" });
        expect(shape(again)).toEqual(shape(v));
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips generated deadlines", () => {
    fc.assert(
      fc.property(comparator, fc.integer({ min: 1990, max: 2100 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.integer({ min: 0, max: 28 }), (c, year, month, day) => {
        const v: TargetValue = { kind: "deadline", text: "", comparator: c, year, defects: [] };
        if (month !== null) v.month = month;
        if (month !== null && day > 0) v.day = day;
        expect(shape(parseTargetValue(formatTargetValue(v)))).toEqual(shape(v));
      }),
      { numRuns: 300 },
    );
  });
});
