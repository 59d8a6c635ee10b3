/** A message under a button: an error (a host call rejected), a success, or a notice. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { t, type MessageKey, type Params } from "../../i18n";

/** Kept as a key and its parameters, so a notice follows a language switch. */
export interface Notice {
  intent: "error" | "success" | "info" | "warning";
  message: MessageKey;
  params?: Params;
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice | undefined; onDismiss?: () => void }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{t(notice.message, notice.params)}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={<Button appearance="transparent" size="small" aria-label={t("common.dismiss")} onClick={onDismiss}>
            ×
          </Button>}
        />
      )}
    </MessageBar>
  );
}
