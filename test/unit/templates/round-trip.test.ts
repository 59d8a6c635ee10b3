/**
 * The round trip, for every form in the seeds, read from their text and from their workbooks:
 * parse(fill(template, parse(form))) gives the same typed data, compared by value (see byValue
 * for what "by value" leaves out, and why). The filled template is saved as .xlsx and re-opened
 * before it is read, as a clerk's Excel would; the rule engine then finds on it exactly what it
 * finds on the original — the template adds no problem and hides none.
 */
import { MemoryHost } from "../../../src/hosts/memory";
import { insertFromForm } from "../../../src/templates";
import { byValue, formsOnSheet, reopened, SEEDS, textForms, xlsxForms } from "./helpers";
import type { Form } from "../../../src/forms/forms";
import { checkForms } from "../../../src/rules/engine";

const sources: [string, (n: string) => Promise<Form[]>][] = [
  ["text", async (n) => textForms(n)],
  ["xlsx", xlsxForms],
];

describe.each(SEEDS)("seed %s", (n) => {
  it.each(sources)("every form read from its %s comes back the same from its template", async (_source, read) => {
    const forms = (await read(n)).filter((f) => f.kind !== "JN");
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      const host = MemoryHost.empty();
      const filled = await insertFromForm(host, form);
      expect(filled).toBeDefined();
      expect({ title: form.title?.value, unplaced: filled!.unplaced }).toEqual({ title: form.title?.value, unplaced: [] });
      const again = await formsOnSheet(await reopened(host), filled!.sheet);
      expect(again.map((f) => f.kind)).toEqual([form.kind]);
      const title = `${form.kind} ${form.sheet}!${form.range} ${form.title?.value ?? ""}`;
      expect({ form: title, data: byValue(again[0]!) }).toEqual({ form: title, data: byValue(form) });
      expect({ form: title, findings: findings(again[0]!) }).toEqual({ form: title, findings: findings(form) });
    }
  }, 60_000);
});

/** What the rules say about a form, without cell addresses: rule, message id and severity. */
function findings(form: Form): string[] {
  return checkForms([form])
    .map((f) => `${f.rule}/${f.messageId}/${f.severity}`)
    .sort();
}
