/**
 * The national 2021 部门决算 公开表 line lists, used by the empty 决算 templates: income and
 * expenditure lines of 公开01 and 公开04 with their 行次, and the 经济分类 items of 公开06.
 */
import type { AccountsLineInput } from "../inputs";

/** 支出功能分类 classes, 一 to 二十六. */
export const FUNCTION_CLASSES = [
  "一般公共服务支出",
  "外交支出",
  "国防支出",
  "公共安全支出",
  "教育支出",
  "科学技术支出",
  "文化旅游体育与传媒支出",
  "社会保障和就业支出",
  "卫生健康支出",
  "节能环保支出",
  "城乡社区支出",
  "农林水支出",
  "交通运输支出",
  "资源勘探工业信息等支出",
  "商业服务业等支出",
  "金融支出",
  "援助其他地区支出",
  "自然资源海洋气象等支出",
  "住房保障支出",
  "粮油物资储备支出",
  "国有资本经营预算支出",
  "灾害防治及应急管理支出",
  "其他支出",
  "债务还本支出",
  "债务付息支出",
  "抗疫特别国债安排的支出",
];

const ORDINALS = "一二三四五六七八九十";
function ordinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1]!;
  if (n < 20) return `十${ORDINALS[n - 11]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${ORDINALS[tens - 1]}十${ones === 0 ? "" : ORDINALS[ones - 1]}`;
}

const line = (section: string, label: string, lineNo: number): AccountsLineInput => ({ section, label, lineNo, amounts: {} });
const expenditure = (first: number): AccountsLineInput[] => FUNCTION_CLASSES.map((name, i) => line("expenditure", `${ordinal(i + 1)}、${name}`, first + i));

/** 公开01 收入支出决算总表 */
export const TABLE_01_LINES: AccountsLineInput[] = [
  ...["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"].map((n, i) =>
    line("income", `${ordinal(i + 1)}、${n}`, i + 1),
  ),
  line("income", "本年收入合计", 27),
  line("income", "使用非财政拨款结余", 28),
  line("income", "年初结转和结余", 29),
  line("income", "总计", 31),
  ...expenditure(32),
  line("expenditure", "本年支出合计", 58),
  line("expenditure", "结余分配", 59),
  line("expenditure", "年末结转和结余", 60),
  line("expenditure", "总计", 62),
];

/** 公开04 财政拨款收入支出决算总表 */
export const TABLE_04_LINES: AccountsLineInput[] = [
  line("income", "一、一般公共预算财政拨款", 1),
  line("income", "二、政府性基金预算财政拨款", 2),
  line("income", "三、国有资本经营预算财政拨款", 3),
  line("income", "本年收入合计", 27),
  line("income", "年初财政拨款结转和结余", 28),
  line("income", "一般公共预算财政拨款", 29),
  line("income", "政府性基金预算财政拨款", 30),
  line("income", "国有资本经营预算财政拨款", 31),
  line("income", "总计", 32),
  ...expenditure(33),
  line("expenditure", "本年支出合计", 59),
  line("expenditure", "年末财政拨款结转和结余", 60),
  line("expenditure", "总计", 64),
];

const items = (section: string, list: string): AccountsLineInput[] =>
  list
    .trim()
    .split("\n")
    .map((l) => {
      const [code, label] = l.trim().split(/\s+/, 2) as [string, string];
      return { section, code, label, amounts: {} };
    });

/** 公开06: 人员经费 (工资福利支出, 对个人和家庭的补助). */
export const TABLE_06_PERSONNEL = items(
  "personnel",
  `
301 工资福利支出
30101 基本工资
30102 津贴补贴
30103 奖金
30106 伙食补助费
30107 绩效工资
30108 机关事业单位基本养老保险缴费
30109 职业年金缴费
30110 职工基本医疗保险缴费
30111 公务员医疗补助缴费
30112 其他社会保障缴费
30113 住房公积金
30114 医疗费
30199 其他工资福利支出
303 对个人和家庭的补助
30301 离休费
30302 退休费
30303 退职（役）费
30304 抚恤金
30305 生活补助
30306 救济费
30307 医疗费补助
30308 助学金
30309 奖励金
30310 个人农业生产补贴
30311 代缴社会保险费
30399 其他对个人和家庭的补助`,
);

/** 公开06: 公用经费, 商品和服务支出. */
export const TABLE_06_GOODS = items(
  "publicUse",
  `
302 商品和服务支出
30201 办公费
30202 印刷费
30203 咨询费
30204 手续费
30205 水费
30206 电费
30207 邮电费
30208 取暖费
30209 物业管理费
30211 差旅费
30212 因公出国（境）费用
30213 维修（护）费
30214 租赁费
30215 会议费
30216 培训费
30217 公务接待费
30218 专用材料费
30224 被装购置费
30225 专用燃料费
30226 劳务费
30227 委托业务费
30228 工会经费
30229 福利费
30231 公务用车运行维护费
30239 其他交通费用
30240 税金及附加费用
30299 其他商品和服务支出`,
);

/** 公开06: 公用经费, other economic classes (债务利息, 资本性支出, 其他支出). */
export const TABLE_06_OTHER = items(
  "publicUse",
  `
307 债务利息及费用支出
30701 国内债务付息
30702 国外债务付息
310 资本性支出
31001 房屋建筑物购建
31002 办公设备购置
31003 专用设备购置
31005 基础设施建设
31006 大型修缮
31007 信息网络及软件购置更新
31008 物资储备
31009 土地补偿
31010 安置补助
31011 地上附着物和青苗补偿
31012 拆迁补偿
31013 公务用车购置
31019 其他交通工具购置
31021 文物和陈列品购置
31022 无形资产购置
31099 其他资本性支出
399 其他支出
39906 赠与
39907 国家赔偿费用支出
39908 对民间非营利组织和群众性自治组织补贴
39999 其他支出`,
);
