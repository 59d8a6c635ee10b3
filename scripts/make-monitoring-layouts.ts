/**
 * Builds test/fixtures/monitoring/*.xlsx: 绩效运行监控表 in two published layouts, rebuilt from
 * their labels (never copied from a real file) and filled with made-up data.
 *
 * - central-2019: 财预〔2019〕136号 附件 项目支出绩效目标执行监控表 as the central project library
 *   exports it — 项目名称 / 主管部门及代码 / 实施单位, 项目资金（万元） with 年初预算数 | 1-7月执行数 |
 *   1-7月执行率 | 全年预计执行数, 年度总体目标, and indicators with 年度指标值 | 1-7月执行数 |
 *   全年预计执行数 | 偏差原因分析 (经费保障 制度保障 人员保障 硬件条件保障 其他 原因说明) |
 *   完成目标可能性 (确定能 有可能 完全不可能) | 备注.
 * - provincial: the wording of the provincial 项目支出绩效运行监控表 — 截至6月底, 年初预算数 |
 *   调整后预算数 | 1-6月执行数 | 执行率 | 全年预计执行数, and indicators with 年度指标值 |
 *   1-6月实际完成值 | 全年预计完成值 | 偏差原因 | 纠偏措施 | 能否完成目标.
 *
 * Each layout is written twice: `-ok` on track (nothing for the RUN rules to say) and `-behind`
 * with planted problems (money well behind the months elapsed, an indicator not expected to
 * reach its target without a reason or measures, a 反向 cost above its ceiling).
 *
 *   npx tsx scripts/make-monitoring-layouts.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SheetBuilder } from "./layouts/sheet";

const DIR = join(__dirname, "..", "test", "fixtures", "monitoring");
const STAMP = new Date(Date.UTC(2024, 0, 1));

interface Row {
  l1: string;
  l2: string;
  l3: string;
  target: string;
  executed: string;
  expected: string;
  reason?: string;
  measures?: string;
  likely?: "确定能" | "有可能" | "完全不可能";
}

function rows(behind: boolean): Row[] {
  return [
    { l1: "产出指标", l2: "数量指标", l3: "培训基层人员人次", target: "≥1200人次", executed: behind ? "300人次" : "700人次", expected: behind ? "900人次" : "1250人次", likely: behind ? "有可能" : "确定能" },
    { l1: "产出指标", l2: "质量指标", l3: "培训考核合格率", target: "≥95%", executed: "96%", expected: "96%", likely: "确定能" },
    { l1: "产出指标", l2: "时效指标", l3: "年度培训完成时间", target: "2024年11月前", executed: "按计划推进", expected: "2024年11月", likely: "确定能" },
    { l1: "产出指标", l2: "成本指标", l3: "人均培训成本", target: "≤800元", executed: behind ? "950元" : "760元", expected: behind ? "920元" : "780元", likely: "确定能" },
    { l1: "效益指标", l2: "社会效益指标", l3: "基层服务能力提升", target: "明显提升", executed: "逐步提升", expected: "明显提升", likely: "确定能" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "参训人员满意度", target: "≥90%", executed: "92%", expected: "92%", likely: "确定能" },
  ];
}

function central(behind: boolean): SheetBuilder {
  const s = new SheetBuilder("项目支出绩效目标执行监控", [4, 12, 14, 22, 12, 12, 12, 8, 8, 8, 8, 8, 24, 8, 8, 8, 16]);
  let r = 1;
  s.put(0, r++, "项目支出绩效目标执行监控表", { span: 17, title: true });
  s.put(0, r++, "( 2024年度)", { span: 17, title: true });
  s.put(0, r, "项目名称", { span: 3 });
  s.put(3, r++, "2024年基层卫生人员能力提升培训", { span: 14 });
  s.put(0, r, "主管部门及代码", { span: 3 });
  s.put(3, r, "[301]某省卫生健康委员会", { span: 3 });
  s.put(6, r, "实施单位");
  s.put(7, r++, "某省卫生健康培训中心", { span: 10 });
  s.put(0, r, "项目资金（万元）", { span: 3, down: 5 });
  s.put(7, r, "年初预算数", { span: 3 });
  s.put(10, r, "1-7月执行数", { span: 3 });
  s.put(13, r, "1-7月执行率", { span: 2 });
  s.put(15, r++, "全年预计执行数", { span: 2 });
  const money: [string, number, number][] = [
    ["  年度资金总额：", 200, behind ? 40 : 120],
    ["      其中：财政拨款", 180, behind ? 36 : 108],
    ["        上年结转资金", 20, behind ? 4 : 12],
    ["            其他资金", 0, 0],
  ];
  for (const [label, budget, executed] of money) {
    s.put(3, r, label, { span: 4 });
    s.put(7, r, budget, { span: 3, numFmt: "0.00" });
    s.put(10, r, executed, { span: 3, numFmt: "0.00" });
    s.put(13, r, budget === 0 ? 0 : executed / budget, { span: 2, numFmt: "0.00%" });
    s.put(15, r++, budget, { span: 2, numFmt: "0.00" });
  }
  s.put(0, r, "年度总体目标", { span: 3 });
  s.put(3, r++, "全年培训基层卫生人员1200人次，考核合格率95%以上，参训人员满意度90%以上。", { span: 14 });
  r++;
  const head = r;
  ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行数", "全年预计执行数"].forEach((t, i) => s.put(1 + i, head, t, { down: 2, bold: true, center: true }));
  s.put(7, head, "偏差原因分析", { span: 6, bold: true, center: true });
  s.put(13, head, "完成目标可能性", { span: 3, bold: true, center: true });
  s.put(16, head, "备注", { down: 2, bold: true, center: true });
  ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "原因说明"].forEach((t, i) => s.put(7 + i, head + 1, t, { bold: true, center: true }));
  ["确定能", "有可能", "完全不可能"].forEach((t, i) => s.put(13 + i, head + 1, t, { bold: true, center: true }));
  r = head + 2;
  for (const x of rows(behind)) {
    s.put(1, r, x.l1);
    s.put(2, r, x.l2);
    s.put(3, r, x.l3);
    s.put(4, r, x.target, { center: true });
    s.put(5, r, x.executed, { center: true });
    s.put(6, r, x.expected, { center: true });
    if (x.reason) s.put(12, r, x.reason);
    const col = { 确定能: 13, 有可能: 14, 完全不可能: 15 }[x.likely ?? "确定能"];
    s.put(col, r, "✔", { center: true });
    r++;
  }
  return s;
}

function provincial(behind: boolean): SheetBuilder {
  const s = new SheetBuilder("运行监控", [12, 14, 20, 12, 14, 14, 22, 22, 12]);
  let r = 1;
  s.put(0, r++, "2024年度项目支出绩效运行监控表", { span: 9, title: true });
  s.put(0, r, "（截至2024年6月30日）", { span: 6 });
  s.put(6, r++, "金额单位：万元", { span: 3 });
  s.put(0, r, "项目名称");
  s.put(1, r++, "2024年城乡环境卫生整治专项", { span: 8 });
  s.put(0, r, "主管部门");
  s.put(1, r, "某县住房和城乡建设局", { span: 3 });
  s.put(4, r, "实施单位");
  s.put(5, r++, "某县环境卫生管理所", { span: 4 });
  s.put(0, r, "资金来源", { span: 2 });
  ["年初预算数", "调整后预算数", "1-6月执行数", "执行率", "全年预计执行数"].forEach((t, i) => s.put(2 + i, r, t, { bold: true, center: true }));
  r++;
  const money: [string, number, number][] = [
    ["资金总额", 500, behind ? 60 : 260],
    ["财政拨款", 500, behind ? 60 : 260],
    ["其他资金", 0, 0],
  ];
  for (const [label, budget, executed] of money) {
    s.put(0, r, label, { span: 2 });
    s.put(2, r, budget, { numFmt: "0.00" });
    s.put(3, r, budget, { numFmt: "0.00" });
    s.put(4, r, executed, { numFmt: "0.00" });
    s.put(5, r, budget === 0 ? 0 : executed / budget, { numFmt: "0.00%" });
    s.put(6, r++, budget, { numFmt: "0.00" });
  }
  s.put(0, r, "年度绩效目标", { span: 2 });
  s.put(2, r++, "完成城乡主干道保洁和垃圾清运，保洁覆盖率95%以上，群众满意度90%以上。", { span: 7 });
  ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值", "全年预计完成值", "偏差原因", "纠偏措施", "能否完成目标"].forEach((t, i) => s.put(i, r, t, { bold: true, center: true }));
  r++;
  const list: Row[] = [
    { l1: "产出指标", l2: "数量指标", l3: "主干道保洁里程", target: "≥120公里", executed: "120公里", expected: "120公里", likely: "确定能" },
    { l1: "产出指标", l2: "数量指标", l3: "垃圾清运量", target: "≥3000吨", executed: behind ? "800吨" : "1600吨", expected: behind ? "2400吨" : "3100吨", likely: behind ? "完全不可能" : "确定能" },
    { l1: "产出指标", l2: "质量指标", l3: "保洁覆盖率", target: "≥95%", executed: "96%", expected: "96%", likely: "确定能" },
    { l1: "产出指标", l2: "成本指标", l3: "每公里保洁成本", target: "≤3万元", executed: "1.4万元", expected: "2.9万元", likely: "确定能" },
    { l1: "效益指标", l2: "生态效益指标", l3: "垃圾无害化处理率", target: "≥98%", executed: behind ? "99%" : "99%", expected: "99%", likely: "确定能" },
    { l1: "满意度指标", l2: "服务对象满意度指标", l3: "群众满意度", target: "≥90%", executed: "91%", expected: "91%", likely: "确定能" },
  ];
  for (const x of list) {
    [x.l1, x.l2, x.l3, x.target, x.executed, x.expected, x.reason ?? "", x.measures ?? "", x.likely ?? ""].forEach((t, i) => {
      if (t !== "") s.put(i, r, t, i >= 3 && i <= 5 ? { center: true } : {});
    });
    r++;
  }
  return s;
}

async function write(name: string, sheet: SheetBuilder): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao layouts";
  wb.created = STAMP;
  wb.modified = STAMP;
  sheet.addTo(wb);
  writeFileSync(join(DIR, `${name}.xlsx`), new Uint8Array(await wb.xlsx.writeBuffer()));
  process.stdout.write(`test/fixtures/monitoring/${name}.xlsx\n`);
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  await write("central-2019-ok", central(false));
  await write("central-2019-behind", central(true));
  await write("provincial-ok", provincial(false));
  await write("provincial-behind", provincial(true));
}

void main();
