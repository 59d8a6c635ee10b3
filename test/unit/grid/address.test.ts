import { columnIndex, columnLetters, parseA1, parseRange, qualify, rangeToA1, toA1 } from "../../../src/grid/address";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
  });

  it("converts cells and ranges", () => {
    expect(toA1(6, 1)).toBe("B7");
    expect(parseA1("$B$7")).toEqual({ row: 6, col: 1 });
    expect(parseA1("B0")).toBeUndefined();
    expect(parseA1("7B")).toBeUndefined();
    expect(parseRange("F30:A1")).toEqual({ top: 0, left: 0, bottom: 29, right: 5 });
    expect(parseRange("Sheet1!C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(rangeToA1({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
    expect(qualify("自评表 1", "A1")).toBe("'自评表 1'!A1");
    expect(qualify("Sheet1", "A1")).toBe("Sheet1!A1");
  });
});
