/** 检查: read the workbook and list, sheet by sheet, the forms the recogniser found. */
import { useRef, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../hosts/host";
import { t } from "../i18n";
import { readForms, type FormSummary, type SheetForms } from "../usecases/read-forms";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: "none" },
  sheet: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  forms: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: "none" },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  formHead: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type State =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "done"; sheets: SheetForms[] }
  | { status: "failed"; error: string };

export function CheckTab({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ status: "idle" });
  const run = useRef(0);

  async function read() {
    const id = ++run.current;
    setState({ status: "reading" });
    try {
      const sheets = await readForms(host);
      if (id === run.current) setState({ status: "done", sheets });
    } catch (e) {
      if (id === run.current) setState({ status: "failed", error: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <>
      <Body1>{t("check.intro")}</Body1>
      <div>
        <Button appearance="primary" onClick={() => void read()} disabled={state.status === "reading"}>
          {t("check.read")}
        </Button>
      </div>
      {state.status === "reading" && <Spinner size="tiny" label={t("check.reading")} labelPosition="after" />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("check.failed", { error: state.error })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && state.sheets.length === 0 && <Body1>{t("check.noSheets")}</Body1>}
      {state.status === "done" && state.sheets.length > 0 && (
        <ul className={styles.list} aria-live="polite">
          {state.sheets.map((s) => (
            <li key={s.sheet} className={styles.sheet}>
              <Subtitle2 as="h2">{s.sheet}</Subtitle2>
              {s.message && <Caption1>{s.message}</Caption1>}
              {s.forms.length === 0 ? (
                <Body1 className={styles.muted}>{t("check.noForms")}</Body1>
              ) : (
                <>
                  <Caption1 className={styles.muted}>{t("check.formCount", { count: s.forms.length })}</Caption1>
                  <ul className={styles.forms}>
                    {s.forms.map((f, i) => (
                      <FormItem key={`${f.range}-${i}`} form={f} />
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function FormItem({ form }: { form: FormSummary }) {
  const styles = useStyles();
  return (
    <li className={styles.form}>
      <div className={styles.formHead}>
        <Badge appearance="tint" color="brand">
          {form.kind}
        </Badge>
        <Body1 className={styles.title}>{form.title || t("check.untitled")}</Body1>
      </div>
      <Caption1>{t("check.range", { range: form.range })}</Caption1>
      <Caption1>{t("check.indicators", { count: form.indicatorCount })}</Caption1>
    </li>
  );
}
