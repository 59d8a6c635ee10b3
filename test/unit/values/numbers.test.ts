import fc from "fast-check";
import { excelSerialToDate, formatNumber, normaliseWidth, parseNumber, parsePercent } from "../../../src/values";

describe("normaliseWidth", () => {
  it.each([
    ["１４０６．５３", "1406.53"],
    ["≥９５％", "≥95%"],
    ["＞４８人", ">48人"],
    ["＜＝＋－", "<=+-"],
    ["≧90", "≥90"],
    ["≦90", "≤90"],
    ["（３．５）", "(3.5)"],
    ["１，４０６", "1,406"],
    ["ＸＸ", "XX"],
    ["ａｂｃ", "abc"],
    ["2021\u3000年", "2021 年"],
    ["\u22123", "-3"],
    ["￥12", "¥12"],
    ["健全", "健全"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseWidth(input)).toBe(expected);
  });
});

describe("parseNumber", () => {
  it.each<[string | number, number]>([
    ["1,406.53", 1406.53],
    ["１４０６．５３", 1406.53],
    ["１，４０６．５３", 1406.53],
    [" 588.50 ", 588.5],
    ["-3", -3],
    ["－３", -3],
    ["\u22123", -3],
    ["+7", 7],
    ["(3.5)", -3.5],
    ["（３．５）", -3.5],
    ["(1,406.53)", -1406.53],
    ["¥1,200", 1200],
    ["￥1,200.50", 1200.5],
    ["-¥3", -3],
    ["1 406.53", 1406.53],
    ["0", 0],
    [".5", 0.5],
    ["5.", 5],
    ["1e3", 1000],
    ["1.00E+05", 100000],
    ["917.4946", 917.4946],
    [3, 3],
    [-0.25, -0.25],
  ])("%j → %d", (input, expected) => {
    expect(parseNumber(input)).toEqual({ value: expected });
  });

  it.each<[string | number]>([
    ["#DIV/0!"],
    ["#REF!"],
    ["#N/A"],
    ["#NAME?"],
    ["#VALUE!"],
    ["abc"],
    ["1.2.3"],
    ["1,40"],
    ["1 2"],
    ["95%"],
    ["12万元"],
    ["(-3)"],
    ["--3"],
    ["()"],
    [NaN],
    [Infinity],
  ])("%j is an error with a Chinese message", (input) => {
    const r = parseNumber(input);
    expect(r).not.toBeNull();
    expect(r && "error" in r && r.error).toMatch(/[\u4e00-\u9fff].*。$/);
  });

  it("names the Excel error value in its message", () => {
    expect(parseNumber("#DIV/0!")).toEqual({ error: expect.stringContaining("#DIV/0!") });
  });

  it.each<[string | null | undefined]>([[""], ["   "], ["\u3000"], [null], [undefined]])("%j is blank → null", (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe("parsePercent", () => {
  it.each<[string | number, number, string]>([
    ["95%", 0.95, "percent-sign"],
    ["100%", 1, "percent-sign"],
    ["９５％", 0.95, "percent-sign"],
    [" 95 % ", 0.95, "percent-sign"],
    ["0.07%", 0.0007, "percent-sign"],
    ["-5%", -0.05, "percent-sign"],
    ["1,000%", 10, "percent-sign"],
    ["0.95", 0.95, "fraction"],
    ["1", 1, "fraction"],
    ["1.0", 1, "fraction"],
    ["1.2", 1.2, "fraction"],
    ["1.5", 1.5, "fraction"],
    ["95", 0.95, "points"],
    ["2", 0.02, "points"],
    ["120", 1.2, "points"],
    [0.95, 0.95, "fraction"],
    [95, 0.95, "points"],
  ])("%j → %d (%s)", (input, value, basis) => {
    expect(parsePercent(input)).toEqual({ value, basis });
  });

  it.each([["%"], ["abc%"], ["#DIV/0!"], ["abc"], ["9.5.5%"]])("%j is an error", (input) => {
    expect(parsePercent(input)).toEqual({ error: expect.any(String) });
  });

  it("gives null for blank", () => {
    expect(parsePercent("")).toBeNull();
    expect(parsePercent(null)).toBeNull();
  });
});

describe("formatNumber", () => {
  it.each<[number, number | undefined, string]>([
    [1406.53, undefined, "1406.53"],
    [588.5, 2, "588.50"],
    [-0, undefined, "0"],
    [-0.001, 2, "0.00"],
    [3, 0, "3"],
    [NaN, undefined, "#NUM!"],
  ])("formatNumber(%d, %j) = %s", (n, decimals, expected) => {
    expect(formatNumber(n, decimals)).toBe(expected);
  });

  it("reads back exactly what it prints (any finite double)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const r = parseNumber(formatNumber(n));
        return r !== null && "value" in r && r.value === n;
      }),
      { numRuns: 500 },
    );
  });

  it("reads back fixed-point text for numbers with at most that many decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (k) => {
        const n = k / 100;
        const r = parseNumber(formatNumber(n, 2));
        return r !== null && "value" in r && r.value === n;
      }),
      { numRuns: 300 },
    );
  });
});

describe("excelSerialToDate", () => {
  it.each([
    [44561, { year: 2021, month: 12, day: 31 }],
    [43831, { year: 2020, month: 1, day: 1 }],
    [45658, { year: 2025, month: 1, day: 1 }],
  ])("%d → %j", (serial, date) => {
    expect(excelSerialToDate(serial)).toEqual(date);
  });
});
