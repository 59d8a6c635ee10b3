/**
 * Around each tab: an error while drawing a tab shows as a MessageBar with the message and a
 * Retry button, never as a blank pane. (Errors of async work — a host call that rejects — are
 * caught where the work is started and shown the same way; see ErrorBar.)
 */
import { Component, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { t } from "../../i18n";
import { errorText } from "./errors";

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t("boundary.failed", { error: errorText(this.state.error) })}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: undefined, failed: false })}>
            {t("common.retry")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
