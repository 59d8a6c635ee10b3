/**
 * 运行监控's traffic lights: per indicator of every 绩效运行监控表, green (on track), amber (may
 * not be met, behind the time share by more than 10 points, a ceiling passed so far) or red (the
 * forecast misses the target, or behind by more than 20 points), and one light on the money's
 * 执行数. They are marks like the findings' — the host's highlight calls, which never change the
 * clerk's own formatting and are removed exactly by 清除标记 — on the indicator's 三级 cell, with a
 * note saying why. A cell a finding marks keeps the finding's mark and note.
 */
import type { Form } from "../forms/forms";
import type { Highlight, Severity } from "../hosts/host";
import { fundsLight, indicatorLight, monitoringMonth, type Light } from "../scoring/monitoring";

const MARK: Record<Light, Severity> = { green: "ok", amber: "warning", red: "error" };
const NAME: Record<Light, string> = { green: "绿灯", amber: "黄灯", red: "红灯" };

export interface LightOptions {
  /** The month asked for (`--month`, the pane's 监控月份); default the form's own, else the date. */
  month?: number;
  today?: Date;
}

export interface IndicatorLightMark {
  sheet: string;
  ref: string;
  light: Light;
  name: string;
  reason: string;
}

/** Every light of every monitoring form, in form order. */
export function monitoringLights(forms: readonly Form[], options: LightOptions = {}): IndicatorLightMark[] {
  const out: IndicatorLightMark[] = [];
  for (const form of forms) {
    if (form.kind !== "MT") continue;
    const month = monitoringMonth(form, options.month, options.today)?.month;
    const funds = fundsLight(form, month);
    if (funds) out.push({ sheet: form.sheet, ref: funds.ref, light: funds.light, name: "预算执行", reason: funds.reason });
    for (const ind of form.indicators) {
      if (ind.notApplicable) continue;
      const l = indicatorLight(ind, month);
      if (l) out.push({ sheet: form.sheet, ref: ind.level3.ref, light: l.light, name: ind.level3.value, reason: l.reason });
    }
  }
  return out;
}

/** The lights as highlights by sheet, leaving out cells the findings already mark. */
export function withLights(marks: ReadonlyMap<string, readonly Highlight[]>, lights: readonly IndicatorLightMark[]): Map<string, Highlight[]> {
  const out = new Map<string, Highlight[]>([...marks].map(([k, v]) => [k, [...v]]));
  for (const l of lights) {
    const list = out.get(l.sheet) ?? [];
    if (list.some((h) => h.ref === l.ref)) continue;
    list.push({ ref: l.ref, severity: MARK[l.light], note: `【${NAME[l.light]} 运行监控】${l.name}：${l.reason}` });
    out.set(l.sheet, list);
  }
  return out;
}
