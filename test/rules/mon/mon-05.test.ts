import rule, { projectKey } from "../../../src/rules/catalogue/mon/mon-05-summary-totals";
import { ruleTester } from "../rule-tester";
import { formsFrom, ptRows, type Row } from "../builders";
import { dt, dtRows, st, stRows, type DtSpec, type PtuSpec } from "../builders-monwgt";

const ind = [["产出指标", "数量指标", "维修次数", "≥50次"]];
const SEED_000_ROWS: [string, number][] = [
  ["零星维修购置及各类合同", 80],
  ["物业管理及水电气供应", 433.5],
  ["公车平台经费", 75],
];

/** One sheet holding a department table, an optional summary and project tables, one under another (as in seed 000). */
function workbook(spec: { dt?: DtSpec; st?: Parameters<typeof stRows>[0]; pts: Omit<PtuSpec, "indicators">[] }): () => ReturnType<typeof formsFrom> {
  return () => {
    const rows: Row[] = [];
    if (spec.dt) rows.push(...dtRows(spec.dt), []);
    if (spec.st) rows.push(...stRows(spec.st), []);
    for (const p of spec.pts) {
      const r = ptRows({ ...p, indicators: ind });
      if (p.unit !== undefined) r[1] = ["项目名称", p.project ?? "测试项目", "主管部门", p.unit];
      if (p.moneyUnit !== undefined) r.splice(1, 0, [`金额单位：${p.moneyUnit}`]);
      rows.push(...r, []);
    }
    return formsFrom(rows);
  };
}

const seed000 = { dt: { total: 917.49, basic: 328.99, project: 588.5 }, st: { total: 588.5, rows: SEED_000_ROWS } };

// Rows of `workbook`: DT A1:D8 (项目支出 C5); ST A10:E16 (合计 C13, rows C14…); PTs from row 18, every 10 rows (金额 C20, C30, C40 …).
ruleTester(rule, {
  valid: [
    { name: "seed 000: 80 + 433.50 + 75 = 588.50", forms: () => [st({ total: 588.5, rows: SEED_000_ROWS })] },
    { name: "within rounding (0.01 per addend)", forms: () => [st({ total: 100.02, rows: [["甲", 50.01], ["乙", 50]] })] },
    { name: "no 合计 row", forms: () => [st({ total: null, rows: SEED_000_ROWS })] },
    {
      name: "seed 000: summary = 项目支出 = the three project tables (公车平台 = 公车平台经费)",
      forms: workbook({ ...seed000, pts: [{ project: "零星维修购置及各类合同", amount: 80 }, { project: "物业管理及水电气供应", amount: 433.5 }, { project: "公车平台", amount: 75 }] }),
    },
    {
      name: "seed 002: project budgets add up to 项目支出 (no summary table)",
      forms: workbook({ dt: { total: 400, basic: 100, project: 300 }, pts: [{ project: "2024年公务用车运行经费", amount: 200 }, { project: "2024年机关灶、职工灶运行经费", amount: 72 }, { project: "电梯维护费用", amount: 28 }] }),
    },
    {
      name: "another department's project is not counted",
      forms: workbook({ dt: { unit: "甲局", project: 100 }, pts: [{ project: "甲项目", amount: 100, unit: "甲局" }, { project: "乙项目", amount: 500, unit: "乙局" }] }),
    },
    {
      name: "amounts compared in one unit (a project table in 元)",
      forms: workbook({ dt: { total: 180, basic: 100, project: 80 }, pts: [{ project: "甲项目", amount: 500000, moneyUnit: "元" }, { project: "乙项目", amount: 30 }] }),
    },
    { name: "a department table alone", forms: () => [dt({ project: 100 })] },
    { name: "project tables alone", forms: workbook({ pts: [{ project: "甲项目", amount: 100 }, { project: "乙项目", amount: 50 }] }) },
  ],
  invalid: [
    {
      name: "合计 ≠ Σ rows",
      forms: () => [st({ total: 590, rows: SEED_000_ROWS })],
      findings: [
        {
          messageId: "rowsDoNotAddUp",
          severity: "error",
          cells: ["C4", "C5", "C6", "C7"],
          message: "专项资金汇总表的合计 590 万元不等于各支出方向金额之和 588.5 万元（零星维修购置及各类合同 80 + 物业管理及水电气供应 433.5 + 公车平台经费 75），相差 1.5 万元。请核对合计 C4 和各行金额。",
        },
      ],
    },
    {
      name: "a project table's amount ≠ its summary row (and the projects fall short of 项目支出)",
      forms: workbook({ ...seed000, pts: [{ project: "零星维修购置及各类合同", amount: 80 }, { project: "物业管理及水电气供应", amount: 433.5 }, { project: "公车平台", amount: 70 }] }),
      findings: [
        // Errors first (issue 17).
        {
          messageId: "rowVsProject",
          severity: "error",
          cells: ["C40", "C16"],
          message: "项目“公车平台”的项目金额 70 万元与专项资金汇总表中“公车平台经费”一行的金额 75 万元不一致，相差 5 万元。同一支出方向在两张表中的金额应相同：请核对 C40 和 C16。",
        },
        {
          messageId: "projectsBelowDepartment",
          severity: "warning",
          cells: ["C5", "C20", "C30", "C40"],
          message:
            "本工作簿中 3 个项目表的金额合计 583.5 万元（零星维修购置及各类合同 80 + 物业管理及水电气供应 433.5 + 公车平台 70），比部门整体支出绩效目标表的项目支出 588.5 万元少 5 万元。如果还有项目的绩效目标表不在本工作簿中，可以忽略此提示；否则请核对 C5 和各项目金额。",
        },
      ],
    },
    {
      name: "the summary's total ≠ the department's 项目支出",
      forms: workbook({ dt: { total: 917.49, basic: 317.49, project: 600 }, st: seed000.st, pts: [] }),
      findings: [
        {
          messageId: "summaryVsDepartment",
          severity: "error",
          cells: ["C13", "C5"],
          message: "专项资金汇总表的合计 588.5 万元与部门整体支出绩效目标表的项目支出 600 万元不一致，相差 11.5 万元。汇总表合计应等于部门的项目支出：请核对 C13 和 C5。",
        },
      ],
    },
    {
      name: "the projects add up to more than 项目支出",
      forms: workbook({ dt: { total: 300, basic: 100, project: 200 }, pts: [{ project: "甲项目", amount: 150 }, { project: "乙项目", amount: 100 }] }),
      findings: [
        {
          messageId: "projectsExceedDepartment",
          severity: "error",
          cells: ["C5", "C12", "C22"],
          message: /^本工作簿中 2 个项目表的金额合计 250 万元（甲项目 150 \+ 乙项目 100），超过了部门整体支出绩效目标表的项目支出 200 万元，多出 50 万元。/,
        },
      ],
    },
  ],
});

describe("projectKey", () => {
  it("drops year, 本级 and endings such as 经费/费用", () => {
    expect(projectKey("公车平台经费")).toBe("公车平台");
    expect(projectKey("2024年后勤服务人员劳务派遣费用")).toBe("后勤服务人员劳务派遣");
    expect(projectKey("本级其他人员日常工作经费")).toBe("其他人员日常工作");
    expect(projectKey("“创意之家”租赁费")).toBe("创意之家租赁费");
  });
});
