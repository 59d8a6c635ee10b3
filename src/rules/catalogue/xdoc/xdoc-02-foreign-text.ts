/**
 * XDOC-02 A project's goal or indicator text that belongs to another project or to another
 * field altogether — the trace of a table copied from elsewhere and not fully rewritten
 * (seed 001: "参培住院医师满意度" in a 公务用车制度改革 project; seed 002: "保障机关灶、职工灶正常运行"
 * as a goal of the elevator project).
 *
 * How it decides, with two small vocabularies:
 *
 * - THEMES: what 机关事务-type projects spend on (公务用车, 公务接待, 食堂, 劳务派遣, 电梯, 水电,
 *   供暖, 物业, 保险, 租赁, 视频会议, 独生子女). A project's own themes are those named in its
 *   identity — 项目名称, 所属专项 and 资金用途. A text using a theme word of a theme that is not
 *   the project's own, where that very word is in the identity of another project of the
 *   workbook (a PT/PS, or a row of the summary table), "names another project" — unless the
 *   clause it sits in is also stated by the department's own forms (DT duties, tasks, goals;
 *   DS goals): a project goal that repeats the department's duties speaks for the department.
 * - DOMAINS: fields far from the project (医疗卫生, 教育, 农业, 林业, 交通, 文旅, 社会保障, 公安司法),
 *   by words that hardly occur elsewhere (住院医师, 患者, 学生, 耕地 …). A text naming a domain
 *   that neither the project's identity nor the 单位 name mentions is "another domain".
 *
 * Texts read: the goals (实施期/年度目标, 目标1…, 预期目标, 实际完成情况) and each indicator's 三级
 * name, 指标值 and 绩效指标描述. 资金用途 is identity, not checked. Department-wide forms (DT, DS)
 * are not checked: they legitimately speak of all their projects. One finding per project and
 * theme (or domain), listing every cell that names it.
 */
import type { Form, PerformanceForm } from "../../../forms/forms";
import type { TracedText } from "../../../forms/traced";
import { defineWorkbookRule } from "../../types";
import { cells } from "../../support";
import { projectKey, projectName } from "../mon/mon-05-summary-totals";
import { escapeRegExp } from "../../../recognise/labels";

/** What a project spends on, by the words that name it. */
export const THEMES: Readonly<Record<string, readonly string[]>> = {
  公务用车: ["公务用车", "公车", "车辆", "出车", "用车", "司勤", "车改"],
  公务接待: ["公务接待", "接待"],
  食堂: ["机关灶", "职工灶", "食堂", "伙食", "就餐"],
  劳务派遣: ["劳务派遣", "临时用工"],
  电梯: ["电梯"],
  // Not 水电 alone: 水电改造 (works) and 水电暖人员 (staff) are not utility bills.
  水电: ["水电费", "水电气费", "水费", "电费", "用水", "用电", "供水", "供电"],
  供暖: ["热力", "取暖", "供暖", "供热"],
  物业: ["物业"],
  保险: ["保险"],
  租赁: ["租赁", "租金"],
  视频会议: ["视频会议"],
  独生子女: ["独生子女"],
};

/** Fields whose words rarely appear outside them. Ambiguous words (卫生, 培训, 图书, 粮食, 绿化) are left out on purpose. */
export const DOMAINS: Readonly<Record<string, readonly string[]>> = {
  医疗卫生: ["住院医师", "医师", "医生", "患者", "病人", "病床", "门诊", "诊疗", "护士", "医院", "医疗", "卫生院", "疾控", "疫苗", "接种"],
  教育: ["学生", "教师", "学校", "校园", "课程", "教学", "招生", "幼儿园", "在校生"],
  农业: ["农户", "耕地", "农田", "灌溉", "养殖", "畜牧", "农作物", "农机"],
  林业: ["造林", "林地", "森林", "林木"],
  交通: ["公路", "桥梁", "客运", "航道"],
  文化旅游: ["游客", "景区", "文物", "演出"],
  社会保障: ["低保", "养老金", "救助", "残疾人", "优抚", "退役军人"],
  公安司法: ["警务", "案件", "罪犯", "刑事", "监狱"],
};

const DOMAIN_EN: Record<string, string> = {
  医疗卫生: "health care",
  教育: "education",
  农业: "agriculture",
  林业: "forestry",
  交通: "transport",
  文化旅游: "culture and tourism",
  社会保障: "social security",
  公安司法: "public security and justice",
};

/** Any word of THEMES or DOMAINS. */
const ANY_WORD = new RegExp([...Object.values(THEMES), ...Object.values(DOMAINS)].flat().map(escapeRegExp).join("|"));

/** Words of a vocabulary entry found in a text, without those inside a longer one found (医师 in 住院医师). */
export function wordsIn(text: string, words: readonly string[]): string[] {
  const found = words.filter((w) => text.includes(w));
  return found.filter((w) => !found.some((o) => o !== w && o.includes(w)));
}

const CLAUSE = /[，,；;。！!？?\n]+/;
const squeeze = (s: string): string => s.replace(/[\s"'“”‘’「」()（）、:：]/g, "");

/** Texts of the department-wide forms (DT duties, tasks and goals; DS goals), squeezed. */
function departmentTexts(forms: readonly Form[]): string[] {
  const out: string[] = [];
  const push = (t: TracedText | undefined): void => {
    if (t && t.value.trim() !== "") out.push(squeeze(t.value));
  };
  for (const f of forms) {
    if (f.kind !== "DT" && f.kind !== "DS") continue;
    const g = f.goals;
    [g.longTerm, g.annual, g.expected, g.achieved, g.use, ...(g.items ?? [])].forEach(push);
    if (f.kind === "DT") {
      push(f.duties);
      for (const t of f.tasks) [t.name, t.goal].forEach(push);
    }
  }
  return out;
}

/**
 * Does the word occur only in clauses the department's own forms also state? A project goal that
 * repeats the department's duties ("…对提供外包服务的物业、餐饮等公司进行管理") speaks for the
 * department, not for another project.
 */
function onlyInDepartmentClauses(text: string, word: string, department: DepartmentClauses): boolean {
  if (department.texts.length === 0) return false;
  const clauses = text.split(CLAUSE).filter((c) => c.includes(word)).map(squeeze);
  return clauses.length > 0 && clauses.every((c) => c.length >= 6 && department.states(c));
}

/** The department's texts, with the clauses already looked up remembered (compiled workbooks repeat them). */
class DepartmentClauses {
  private readonly seen = new Map<string, boolean>();
  constructor(readonly texts: readonly string[]) {}
  states(clause: string): boolean {
    let v = this.seen.get(clause);
    if (v === undefined) this.seen.set(clause, (v = this.texts.some((d) => d.includes(clause))));
    return v;
  }
}

function themesOf(text: string): Set<string> {
  return new Set(Object.entries(THEMES).filter(([, ws]) => ws.some((w) => text.includes(w))).map(([t]) => t));
}

function domainsOf(text: string): Set<string> {
  return new Set(Object.entries(DOMAINS).filter(([, ws]) => ws.some((w) => text.includes(w))).map(([d]) => d));
}

interface Text {
  traced: TracedText;
  where: string;
  whereEn: string;
}

function textsOf(form: PerformanceForm): Text[] {
  const out: Text[] = [];
  const seen = new Set<string>();
  const add = (t: TracedText | undefined, where: string, whereEn: string): void => {
    if (!t || t.value.trim() === "" || seen.has(t.ref)) return;
    seen.add(t.ref);
    out.push({ traced: t, where, whereEn });
  };
  const g = form.goals;
  for (const item of g.items ?? []) add(item, "绩效目标", "its goal");
  add(g.longTerm, "实施期绩效目标", "its long-term goal");
  add(g.annual, "年度绩效目标", "its annual goal");
  add(g.expected, "预期目标", "its expected goal");
  add(g.achieved, "实际完成情况", "its achievement");
  for (const ind of form.indicators) {
    add(ind.level3, `绩效指标“${ind.level3.value}”`, `the indicator “${ind.level3.value}”`);
    if (ind.target) add({ ...ind.target, value: ind.target.text }, `指标“${ind.level3.value}”的指标值`, `the target of “${ind.level3.value}”`);
    add(ind.description, `指标“${ind.level3.value}”的绩效指标描述`, `the description of “${ind.level3.value}”`);
  }
  return out;
}

/** What the project is: its name, 所属专项, 资金用途 and title. */
function identityOf(form: PerformanceForm): string {
  return [projectName(form), form.header.specialFund?.value, form.goals.use?.value, form.title?.value].filter(Boolean).join(" ");
}

interface Hit {
  kind: "project" | "domain";
  topic: string;
  other?: string;
  words: Set<string>;
  texts: Text[];
}

function isProjectForm(f: Form): f is Extract<Form, { kind: "PT" | "PS" }> {
  return f.kind === "PT" || f.kind === "PS";
}

export default defineWorkbookRule({
  meta: {
    id: "XDOC-02",
    severity: "info",
    forms: "workbook",
    description: {
      "zh-CN": "项目的目标或指标文字写的是另一个项目或另一个领域的内容。",
      en: "A project's goal or indicator text speaks of another project or another field.",
    },
    messages: {
      namesOtherProject: {
        "zh-CN": "项目“{project}”的{where}提到“{words}”，这是本工作簿中另一个项目“{other}”的内容，与本项目无关，可能是从那个项目复制后没有改完。请核对 {ref}，改成本项目自己的目标或指标。",
        en: "Project “{project}” speaks of “{words}” in {whereEn}, which belongs to another project of this workbook, “{other}”, not to this one; it was probably copied from there and not fully rewritten. Check {ref} and write this project's own goal or indicator.",
      },
      foreignDomain: {
        "zh-CN": "项目“{project}”的{where}提到“{words}”，属于{domain}方面的内容，但本项目和填报单位都与{domain}无关，可能是从其他单位或项目的表格复制来的。请核对 {ref}，改成本项目自己的目标或指标。",
        en: "Project “{project}” speaks of “{words}” in {whereEn}, which is about {domainEn}, a field neither this project nor the unit deals with; it was probably copied from another unit's or project's table. Check {ref} and write this project's own goal or indicator.",
      },
    },
    heuristic:
      "Two vocabularies: THEMES (what 机关事务-type projects spend on) and DOMAINS (distant fields, ambiguous words left out). A text names another project when it uses a theme word of a theme absent from its own identity (名称/所属专项/资金用途) and that very word is in another project's identity in the workbook, outside clauses the department's DT/DS also state; another domain when it names a domain that neither the identity nor the 单位 mentions. " +
      "Measured on the five seeds (30 project forms, about 500 texts): 3 findings, all judged right — 001 公务用车制度改革费: 参培住院医师满意度 (医疗卫生); 002 电梯 project: goal 保障机关灶、职工灶正常运行 (the 机关灶 project's); 002 机关灶 project: 劳务派遣48人 / 保障劳务派遣人数 / 劳务派遣人员合格率 (the 劳务派遣 project's). " +
      "A first, looser version (any word of the other project's theme; 水电 as a word; department clauses not excluded) gave 4 more findings, all false: 002 劳务派遣 goal 解决水电暖人员不足, 003 PS 完成“一户一表”水电改造项目, and two 003 PS goals repeating the department's duties (…物业、餐饮等公司进行管理). Hence: the word must name another project itself, 水电 alone is not a bill, and clauses the DT/DS also state are skipped. " +
      "Deliberately not flagged: 000 公车平台 goal naming 保险 (no 保险 project there), 001 公务用车 GPS 租赁 (租赁 is in its own 资金用途).",
  },
  checkWorkbook(forms, ctx) {
    const projects = forms.filter(isProjectForm);
    // Every project identity in the workbook: project forms and the rows of summary tables.
    const identities: { key: string; name: string; text: string }[] = [];
    for (const p of projects) identities.push({ key: projectKey(projectName(p)), name: projectName(p), text: identityOf(p) });
    for (const f of forms) if (f.kind === "ST") for (const r of f.rows) identities.push({ key: projectKey(r.direction.value), name: r.direction.value, text: r.direction.value });
    const department = new DepartmentClauses([...new Set(departmentTexts(forms))]);
    // Per theme word, the identities naming it, in workbook order: the other project a word
    // names is found without scanning every identity for every text.
    const naming = new Map<string, typeof identities>();
    for (const words of Object.values(THEMES)) for (const w of words) naming.set(w, identities.filter((o) => o.text.includes(w)));

    for (const p of projects) {
      const name = projectName(p);
      const key = projectKey(name);
      const identity = identityOf(p);
      const ownThemes = themesOf(identity);
      const ownDomains = domainsOf(`${identity} ${p.header.unit?.value ?? ""}`);
      const hits = new Map<string, Hit>();
      const hit = (kind: Hit["kind"], topic: string, words: string[], text: Text, other?: string): void => {
        const id = `${kind}:${topic}`;
        const h = hits.get(id) ?? { kind, topic, words: new Set<string>(), texts: [], ...(other !== undefined ? { other } : {}) };
        for (const w of words) h.words.add(w);
        if (!h.texts.includes(text)) h.texts.push(text);
        hits.set(id, h);
      };
      for (const text of textsOf(p)) {
        const t = text.traced.value;
        // Most texts name nothing of either vocabulary: one scan tells.
        if (!ANY_WORD.test(t)) continue;
        for (const [theme, words] of Object.entries(THEMES)) {
          if (ownThemes.has(theme)) continue;
          for (const word of wordsIn(t, words)) {
            // Another project of the workbook is named by this very word, and the text is not the department's own statement.
            const other = naming.get(word)?.find((o) => o.key !== key);
            if (other && !onlyInDepartmentClauses(t, word, department)) hit("project", theme, [word], text, other.name);
          }
        }
        for (const [domain, words] of Object.entries(DOMAINS)) {
          if (ownDomains.has(domain)) continue;
          const found = wordsIn(t, words).filter((w) => !onlyInDepartmentClauses(t, w, department));
          if (found.length > 0) hit("domain", domain, found, text);
        }
      }
      for (const h of hits.values()) {
        const first = h.texts[0]!;
        const many = h.texts.length > 1;
        const refs = h.texts.map((x) => x.traced.ref).join("、");
        const data = {
          project: name,
          where: many ? ` ${h.texts.length} 处文字（${refs}）` : first.where,
          whereEn: many ? `${h.texts.length} texts (${h.texts.map((x) => x.traced.ref).join(", ")})` : first.whereEn,
          words: [...h.words].join("、"),
          ref: first.traced.ref,
        };
        if (h.kind === "project") {
          ctx.report({ messageId: "namesOtherProject", data: { ...data, other: h.other ?? "" }, cells: cells(...h.texts.map((x) => x.traced)), form: p });
        } else {
          ctx.report({
            messageId: "foreignDomain",
            data: { ...data, domain: h.topic, domainEn: DOMAIN_EN[h.topic] ?? h.topic },
            cells: cells(...h.texts.map((x) => x.traced)),
            form: p,
          });
        }
      }
    }
  },
});
