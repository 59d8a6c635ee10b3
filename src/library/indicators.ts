/**
 * 指标库: standard performance indicators kept as data, each with where it comes from.
 *
 * The core set follows 财预〔2021〕101号 (中央部门项目支出核心绩效目标和指标设置及取值指引):
 * 产出 (数量 / 质量 / 时效), 成本 (经济 / 社会 / 生态环境成本), 效益 and 满意度, with the
 * guidance's rules for values — a 成本 is a ceiling (≤) no higher than the budget, a 时效 a date
 * or a rate, a 满意度 a percentage from a survey. The common indicators are those that recur in
 * published provincial target and self-evaluation tables (sources below); names are the usual
 * wording, explanations and 评（扣）分标准 are written here in the 10号 scoring terms (正向
 * W·A/T, 反向 W·T/A, 定性 by band).
 *
 * Each entry: 一级/二级/三级, 指标解释, unit, kind (定量/定性), direction (正向: bigger is better;
 * 反向: smaller is better), the typical target form, 评（扣）分标准, the spending areas it suits
 * and the words in a project's own text that call for it.
 */
import { z } from "zod";

export const LIBRARY_SOURCES = {
  "101": "财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）附件1、附件2，见 http://lsrwf.cn/news/708af42006d811ec81694b356a0c000d 的转载。",
  "10": "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件1 项目支出绩效自评表及评分说明：定量指标按完成比例、定性指标分档计分。",
  central: "中央部门项目库绩效目标与运行监控表（公开示例：GitHub 仓库 1751660300/DoExecl 的 static/template.xls）：成本节约率、项目完成及时率、满意度等指标。",
  shenzhen: "深圳市二级项目支出绩效目标申报表（公开示例：GitHub 仓库 samon6bl/jixiaopingjia）：每个三级指标附“指标解释”，固定行不适用时填“不适用”。",
  anhui: "安徽省池州市贵池区公开的项目支出绩效自评表（2022年度）：委托业务报告合格率、项目总成本等，见 http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2。",
  provincial: "各省公开的项目支出绩效目标表、自评表中反复出现的共性指标（如湖南、河北、甘肃、四川、广东、浙江、山东的表样），指标名称取常用写法。",
  unit: "本单位自行添加的指标，保存在工作簿中，可导出与同事共用。",
} as const;
export type LibrarySourceId = keyof typeof LIBRARY_SOURCES;

/** Short names of the sources, for one-line listings. */
export const SOURCE_SHORT: Record<LibrarySourceId, string> = {
  "101": "财预〔2021〕101号",
  "10": "财预〔2020〕10号",
  central: "中央部门项目库",
  shenzhen: "深圳申报表",
  anhui: "安徽自评表",
  provincial: "各省共性指标",
  unit: "本单位",
};

export const AREAS = [
  "通用",
  "培训",
  "会议",
  "信息化",
  "工程建设",
  "维修改造",
  "设备购置",
  "政府购买服务",
  "补助补贴",
  "宣传",
  "课题研究",
  "医疗卫生",
  "教育",
  "农业农村",
  "生态环境",
  "交通",
  "文化体育",
  "社会保障",
  "监管执法",
  "安全应急",
  "机关运转",
] as const;
export type Area = (typeof AREAS)[number];

export const LibraryIndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  level1: z.enum(["产出指标", "成本指标", "效益指标", "满意度指标"]),
  level2: z.string().min(2),
  level3: z.string().min(2),
  /** 指标解释: what is measured and how. */
  explanation: z.string().min(4),
  /** "%", "万元", "人次", … ; "" for a date or a qualitative indicator. */
  unit: z.string(),
  kind: z.enum(["定量", "定性"]),
  direction: z.enum(["正向", "反向"]),
  /** Typical target as written in the 指标值 cell: "≥95%", "≤X万元", "YYYY年MM月前", "健全". */
  target: z.string().min(1),
  /** 评（扣）分标准 */
  scoring: z.string().min(4),
  areas: z.array(z.enum(AREAS)).min(1),
  /** Words in a project's name or goals that call for this indicator. */
  keywords: z.array(z.string().min(1)),
  /** The core set of 财预〔2021〕101号 that every project should cover. */
  core: z.boolean(),
  sources: z.array(z.enum(Object.keys(LIBRARY_SOURCES) as [LibrarySourceId, ...LibrarySourceId[]])).min(1),
});
export type LibraryIndicator = z.infer<typeof LibraryIndicatorSchema>;

const RATIO = "达到目标值得满分；未达到的按实际值/目标值×分值计分。";
const CEILING = "不超过目标值得满分；超出的按目标值/实际值×分值计分。";
const DEADLINE = "按期完成得满分；每逾期1个月扣分值的20%，扣完为止。";
const BANDS = "达成年度指标得80%–100%分值；部分达成并有一定效果得60%–80%；未达成且效果较差得0–60%。";

type Row = [
  id: string,
  level1: LibraryIndicator["level1"],
  level2: string,
  level3: string,
  unit: string,
  kind: LibraryIndicator["kind"],
  direction: LibraryIndicator["direction"],
  target: string,
  explanation: string,
  scoring: string,
  areas: Area[],
  keywords: string[],
  core: boolean,
  sources: LibrarySourceId[],
];

// prettier-ignore
const ROWS: Row[] = [
  // 产出 · 数量
  ["output-tasks-done", "产出指标", "数量指标", "年度任务完成率", "%", "定量", "正向", "≥95%", "实际完成的年度工作任务数/计划任务数×100%。", RATIO, ["通用", "机关运转"], ["工作任务", "年度任务"], true, ["101", "provincial"]],
  ["train-persons", "产出指标", "数量指标", "培训人次", "人次", "定量", "正向", "≥X人次", "全年参加培训的人次，以签到记录为准。", RATIO, ["培训", "教育"], ["培训", "轮训", "研修"], false, ["provincial", "central"]],
  ["train-sessions", "产出指标", "数量指标", "培训期数", "期", "定量", "正向", "≥X期", "全年举办的培训班期数。", RATIO, ["培训"], ["培训班", "培训"], false, ["provincial"]],
  ["meeting-count", "产出指标", "数量指标", "会议召开次数", "次", "定量", "正向", "≥X次", "按计划召开的会议次数。", RATIO, ["会议"], ["会议", "论坛", "座谈"], false, ["provincial"]],
  ["publicity-items", "产出指标", "数量指标", "宣传活动场次", "场", "定量", "正向", "≥X场", "组织开展的宣传活动场次。", RATIO, ["宣传"], ["宣传", "宣讲", "推广"], false, ["provincial"]],
  ["publicity-materials", "产出指标", "数量指标", "宣传资料发放数量", "份", "定量", "正向", "≥X份", "印制并发放的宣传册、折页等数量。", RATIO, ["宣传"], ["宣传资料", "印制", "手册"], false, ["provincial"]],
  ["research-reports", "产出指标", "数量指标", "课题研究报告数量", "篇", "定量", "正向", "≥X篇", "形成并通过验收的研究报告篇数。", RATIO, ["课题研究"], ["课题", "研究", "调研"], false, ["provincial"]],
  ["equipment-units", "产出指标", "数量指标", "设备购置数量", "台（套）", "定量", "正向", "≥X台（套）", "完成采购并交付使用的设备台（套）数。", RATIO, ["设备购置", "医疗卫生", "教育"], ["设备", "购置", "采购"], false, ["provincial"]],
  ["works-area", "产出指标", "数量指标", "维修改造面积", "平方米", "定量", "正向", "≥X平方米", "竣工验收的维修改造面积。", RATIO, ["维修改造", "工程建设"], ["维修", "改造", "修缮"], false, ["provincial"]],
  ["works-length", "产出指标", "数量指标", "道路建设（养护）里程", "公里", "定量", "正向", "≥X公里", "完成建设或养护的道路里程。", RATIO, ["交通", "工程建设"], ["公路", "道路", "养护"], false, ["provincial"]],
  ["subsidy-persons", "产出指标", "数量指标", "补助发放人数", "人", "定量", "正向", "≥X人", "按政策核定并发放补助的人数。", RATIO, ["补助补贴", "社会保障"], ["补助", "补贴", "救助", "发放"], false, ["provincial"]],
  ["subsidy-coverage", "产出指标", "数量指标", "补助政策覆盖率", "%", "定量", "正向", "≥95%", "实际享受补助的对象数/符合条件的对象数×100%。", RATIO, ["补助补贴", "社会保障", "农业农村"], ["补助", "补贴", "覆盖"], false, ["provincial"]],
  ["service-count", "产出指标", "数量指标", "服务对象人次", "人次", "定量", "正向", "≥X人次", "提供服务的对象人次，以服务台账为准。", RATIO, ["政府购买服务", "社会保障", "医疗卫生"], ["服务", "接待"], false, ["provincial", "shenzhen"]],
  ["inspection-count", "产出指标", "数量指标", "检查（抽检）次数", "次", "定量", "正向", "≥X次", "开展监督检查、抽检的次数。", RATIO, ["监管执法", "安全应急"], ["检查", "抽检", "执法", "监管", "巡查"], false, ["provincial"]],
  ["systems-maintained", "产出指标", "数量指标", "运维信息系统数量", "个", "定量", "正向", "≥X个", "纳入运维合同的信息系统个数。", RATIO, ["信息化"], ["系统", "运维", "信息化", "平台"], false, ["provincial", "central"]],
  // 产出 · 质量
  ["quality-acceptance", "产出指标", "质量指标", "验收合格率", "%", "定量", "正向", "=100%", "验收合格的工程（设备、成果）数/完成数×100%。", RATIO, ["工程建设", "维修改造", "设备购置", "通用"], ["验收", "工程", "采购", "设备"], true, ["101", "provincial"]],
  ["train-pass-rate", "产出指标", "质量指标", "培训考核合格率", "%", "定量", "正向", "≥90%", "考核合格人数/参训人数×100%。", RATIO, ["培训"], ["培训", "考核"], false, ["provincial", "central"]],
  ["report-quality", "产出指标", "质量指标", "成果（报告）合格率", "%", "定量", "正向", "=100%", "通过评审的报告（成果）数/提交数×100%。", RATIO, ["课题研究", "政府购买服务"], ["报告", "评审", "课题", "委托"], false, ["anhui", "provincial"]],
  ["system-availability", "产出指标", "质量指标", "系统可用率", "%", "定量", "正向", "≥99%", "系统正常运行时长/全年应运行时长×100%。", RATIO, ["信息化"], ["系统", "运维", "平台", "网络"], false, ["provincial"]],
  ["subsidy-accuracy", "产出指标", "质量指标", "补助对象认定准确率", "%", "定量", "正向", "=100%", "认定无误的补助对象数/认定对象总数×100%。", RATIO, ["补助补贴", "社会保障"], ["补助", "补贴", "救助", "认定"], false, ["provincial"]],
  ["error-rate", "产出指标", "质量指标", "差错率", "%", "定量", "反向", "≤1%", "出现差错的业务笔数/业务总笔数×100%。", CEILING, ["通用", "政府购买服务"], ["差错", "准确"], false, ["provincial"]],
  ["compliance", "产出指标", "质量指标", "资金使用合规性", "", "定性", "正向", "合规", "资金使用符合财经制度和项目管理办法，无违规问题。", BANDS, ["通用"], ["专项资金", "合规"], false, ["provincial", "anhui"]],
  // 产出 · 时效
  ["timely-completion", "产出指标", "时效指标", "项目完成及时率", "%", "定量", "正向", "≥95%", "按计划时间完成的任务数/任务总数×100%。", RATIO, ["通用"], ["按时", "及时"], true, ["101", "central"]],
  ["completion-date", "产出指标", "时效指标", "项目完成时间", "", "定量", "反向", "YYYY年MM月前", "项目全部完成（验收、交付）的时间。", DEADLINE, ["通用", "工程建设", "维修改造", "设备购置"], ["竣工", "交付", "年底前"], true, ["101", "provincial"]],
  ["payment-timely", "产出指标", "时效指标", "资金（补助）发放及时率", "%", "定量", "正向", "≥95%", "按规定时限发放到位的资金/应发放资金×100%。", RATIO, ["补助补贴", "社会保障"], ["发放", "兑付", "补助"], false, ["provincial"]],
  ["response-time", "产出指标", "时效指标", "故障（诉求）响应时间", "小时", "定量", "反向", "≤2小时", "接到报修或诉求至开始处置的时长。", CEILING, ["信息化", "政府购买服务", "安全应急"], ["运维", "维修", "响应", "应急", "热线"], false, ["provincial", "shenzhen"]],
  // 成本
  ["cost-total", "成本指标", "经济成本指标", "项目总成本", "万元", "定量", "反向", "≤X万元", "项目实际支出总额，不超过批复预算。", CEILING, ["通用"], ["总成本", "经费"], true, ["101", "anhui"]],
  ["cost-unit", "成本指标", "经济成本指标", "单位成本", "万元", "定量", "反向", "≤X万元/单位", "项目总成本/产出数量，对照支出标准或历史成本。", CEILING, ["通用"], ["标准", "单价"], false, ["101", "provincial"]],
  ["cost-train-per-person", "成本指标", "经济成本指标", "人均培训成本", "元/人·天", "定量", "反向", "≤X元/人·天", "培训费支出/（参训人数×天数），不超过培训费标准。", CEILING, ["培训"], ["培训"], false, ["101", "provincial"]],
  ["cost-meeting", "成本指标", "经济成本指标", "会议费控制", "万元", "定量", "反向", "≤X万元", "会议费实际支出，不超过会议费标准核定额。", CEILING, ["会议"], ["会议"], false, ["101", "provincial"]],
  ["cost-saving", "成本指标", "经济成本指标", "成本节约率", "%", "定量", "正向", "≥0%", "（预算数−实际支出）/预算数×100%。", RATIO, ["通用", "政府购买服务"], ["节约", "控制"], false, ["central"]],
  ["cost-works-unit", "成本指标", "经济成本指标", "单位面积工程造价", "元/平方米", "定量", "反向", "≤X元/平方米", "工程结算金额/建设（维修）面积。", CEILING, ["工程建设", "维修改造"], ["工程", "维修", "改造", "修缮"], false, ["101", "provincial"]],
  ["cost-social", "成本指标", "社会成本指标", "对社会公众正常生活的影响", "", "定性", "反向", "影响较小", "施工、停运等对周边群众生活造成的影响。", BANDS, ["工程建设", "交通"], ["施工", "道路改造", "管网"], false, ["101"]],
  ["cost-eco", "成本指标", "生态环境成本指标", "对生态环境的负面影响", "", "定性", "反向", "无明显负面影响", "项目实施造成的污染、破坏等生态环境代价。", BANDS, ["工程建设", "生态环境", "农业农村"], ["施工", "开发", "开采"], false, ["101"]],
  // 效益 · 经济
  ["eco-income", "效益指标", "经济效益指标", "受益群众人均增收", "元", "定量", "正向", "≥X元", "项目带动受益群众人均增加的收入。", RATIO, ["农业农村", "补助补贴"], ["增收", "产业", "致富"], false, ["provincial"]],
  ["eco-output-value", "效益指标", "经济效益指标", "带动产值增长", "万元", "定量", "正向", "≥X万元", "项目带动相关产业新增产值。", RATIO, ["农业农村"], ["产业", "产值", "发展"], false, ["provincial"]],
  // 效益 · 社会
  ["soc-beneficiaries", "效益指标", "社会效益指标", "受益人口数", "人", "定量", "正向", "≥X人", "直接受益的群众人数。", RATIO, ["通用", "社会保障", "医疗卫生", "教育"], ["受益", "惠及"], false, ["provincial"]],
  ["soc-awareness", "效益指标", "社会效益指标", "政策知晓率", "%", "定量", "正向", "≥90%", "抽样调查中知晓政策的人数/调查人数×100%。", RATIO, ["宣传", "补助补贴", "社会保障"], ["宣传", "政策", "知晓"], false, ["provincial"]],
  ["soc-service-level", "效益指标", "社会效益指标", "公共服务水平", "", "定性", "正向", "明显提升", "项目对提升相关公共服务能力的作用。", BANDS, ["通用", "政府购买服务", "文化体育"], ["公共服务"], false, ["provincial", "anhui"]],
  ["soc-safety", "效益指标", "社会效益指标", "安全责任事故发生次数", "次", "定量", "反向", "=0次", "项目实施期间发生的安全责任事故次数。", "未发生得满分；发生1次不得分。", ["安全应急", "工程建设", "维修改造"], ["安全", "隐患", "事故"], false, ["provincial"]],
  ["soc-cases-closed", "效益指标", "社会效益指标", "问题整改（案件办结）率", "%", "定量", "正向", "≥95%", "按期整改（办结）的问题数/发现问题数×100%。", RATIO, ["监管执法"], ["整改", "执法", "案件", "督查"], false, ["provincial"]],
  ["soc-online-rate", "效益指标", "社会效益指标", "业务网上办理率", "%", "定量", "正向", "≥90%", "依托系统办理的业务量/业务总量×100%。", RATIO, ["信息化"], ["系统", "平台", "网上", "数字"], false, ["provincial"]],
  // 效益 · 生态
  ["env-quality", "效益指标", "生态效益指标", "环境质量达标率", "%", "定量", "正向", "≥90%", "监测达标的断面（点位、天数）/监测总数×100%。", RATIO, ["生态环境"], ["水质", "空气", "环境", "污染", "河道"], false, ["provincial"]],
  ["env-green", "效益指标", "生态效益指标", "植被（森林）覆盖率", "%", "定量", "正向", "≥X%", "植被覆盖面积/区域面积×100%。", RATIO, ["生态环境", "农业农村"], ["造林", "绿化", "草原", "植被", "生态"], false, ["provincial"]],
  ["env-reduction", "效益指标", "生态效益指标", "化肥农药使用量减少率", "%", "定量", "正向", "≥X%", "（上年使用量−本年使用量）/上年使用量×100%。", RATIO, ["农业农村", "生态环境"], ["化肥", "农药", "病虫害", "统防统治"], false, ["provincial"]],
  // 效益 · 可持续影响
  ["sus-mechanism", "效益指标", "可持续影响指标", "长效管理机制", "", "定性", "正向", "健全", "项目形成的管理制度、运行维护机制是否建立并执行。", BANDS, ["通用"], ["长效", "机制", "制度", "管护"], false, ["provincial"]],
  ["sus-lifetime", "效益指标", "可持续影响指标", "设施（设备）使用年限", "年", "定量", "正向", "≥X年", "设施设备设计或预计正常使用年限。", RATIO, ["设备购置", "工程建设"], ["设备", "设施"], false, ["provincial"]],
  // 满意度
  ["sat-service", "满意度指标", "服务对象满意度指标", "服务对象满意度", "%", "定量", "正向", "≥90%", "问卷调查中满意及以上的人数/有效问卷数×100%；写明服务对象（如“参训学员满意度”）。", RATIO, ["通用"], ["满意"], true, ["101", "10", "provincial"]],
  ["sat-trainees", "满意度指标", "服务对象满意度指标", "参训学员满意度", "%", "定量", "正向", "≥90%", "培训结束后问卷调查满意及以上比例。", RATIO, ["培训"], ["培训"], false, ["provincial"]],
  ["sat-residents", "满意度指标", "服务对象满意度指标", "受益群众满意度", "%", "定量", "正向", "≥90%", "抽样调查受益群众满意及以上比例。", RATIO, ["社会保障", "农业农村", "补助补贴", "交通"], ["群众", "农户", "居民"], false, ["provincial", "shenzhen"]],
  ["sat-patients", "满意度指标", "服务对象满意度指标", "患者满意度", "%", "定量", "正向", "≥90%", "患者满意度调查满意及以上比例。", RATIO, ["医疗卫生"], ["医疗", "卫生", "医院", "诊疗"], false, ["provincial"]],
  ["sat-students", "满意度指标", "服务对象满意度指标", "师生（家长）满意度", "%", "定量", "正向", "≥90%", "师生或家长问卷调查满意及以上比例。", RATIO, ["教育"], ["学校", "学生", "教师", "校舍", "教育"], false, ["provincial"]],
  ["sat-users", "满意度指标", "服务对象满意度指标", "系统使用人员满意度", "%", "定量", "正向", "≥90%", "系统使用人员问卷调查满意及以上比例。", RATIO, ["信息化"], ["系统", "平台", "运维"], false, ["provincial", "central"]],
  ["sat-complaints", "满意度指标", "服务对象满意度指标", "有效投诉次数", "次", "定量", "反向", "≤X次", "全年经核实的有效投诉次数。", CEILING, ["政府购买服务", "机关运转"], ["投诉", "服务", "物业"], false, ["provincial"]],
];

export const LIBRARY: readonly LibraryIndicator[] = ROWS.map(([id, level1, level2, level3, unit, kind, direction, target, explanation, scoring, areas, keywords, core, sources]) => ({
  id,
  level1,
  level2,
  level3,
  explanation,
  unit,
  kind,
  direction,
  target,
  scoring,
  areas,
  keywords,
  core,
  sources,
}));
