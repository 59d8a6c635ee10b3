import fc from "fast-check";
import type { Form } from "../../../src/forms/forms";
import { DepartmentIndex, sameDepartment } from "../../../src/rules/catalogue/mon/mon-05-summary-totals";

/** A form with just what department matching reads: 单位 and 年度. */
function form(unit: string | undefined, year: number | undefined, id: number): Form {
  return {
    kind: "PT",
    id,
    header: {
      ...(unit !== undefined ? { unit: { value: unit, ref: "B2", text: unit } } : {}),
      ...(year !== undefined ? { year: { value: year, ref: "A1", text: String(year) } } : {}),
    },
  } as unknown as Form;
}

const UNITS = [undefined, "", "机关事务管理局", "机关事务管理局本级", "事务管理局", "机关事务管理局（盖章）", "市财政局", "财政局", " 市 财政局 "];
const YEARS = [undefined, 2021, 2022];

describe("MON-05 DepartmentIndex", () => {
  it("finds exactly the forms sameDepartment accepts, in workbook order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...UNITS), fc.constantFrom(...YEARS)), { maxLength: 30 }),
        fc.tuple(fc.constantFrom(...UNITS), fc.constantFrom(...YEARS)),
        (specs, [u, y]) => {
          const forms = specs.map(([unit, year], i) => form(unit, year, i));
          const index = new DepartmentIndex(forms);
          const of = form(u, y, -1);
          const expected = forms.filter((f) => sameDepartment(of, f));
          expect(index.sameDepartment(of)).toEqual(expected);
          expect(index.first(of)).toBe(expected[0]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("groups a department's forms apart from another's", () => {
    const forms = [form("市财政局", 2021, 0), form("机关事务管理局", 2021, 1), form("机关事务管理局本级", 2021, 2), form("机关事务管理局", 2022, 3)];
    const index = new DepartmentIndex(forms);
    expect(index.sameDepartment(form("机关事务管理局", 2021, 9))).toEqual([forms[1], forms[2]]);
    expect(index.first(form("市教育局", 2021, 9))).toBeUndefined();
  });
});
