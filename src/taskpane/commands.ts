/**
 * The ribbon's function file (commands.html). 检查本表 and 清除标记 run here without opening the pane.
 * For now both are placeholders that open the task pane where the host allows it (shared runtime)
 * and otherwise just complete: the checks themselves arrive with the Excel host.
 */

type CommandEvent = { completed: () => void };

async function openPane(): Promise<void> {
  try {
    const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
    await addin?.showAsTaskpane?.();
  } catch {
    // Not available without a shared runtime; the 打开助手 button opens the pane instead.
  }
}

function command(event: CommandEvent): void {
  void openPane().finally(() => event.completed());
}

export function checkActiveSheet(event: CommandEvent): void {
  command(event);
}

export function clearMarks(event: CommandEvent): void {
  command(event);
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions?.associate("checkActiveSheet", checkActiveSheet);
    Office.actions?.associate("clearMarks", clearMarks);
  });
}

// Older hosts look the manifest's function names up on the global object.
Object.assign(globalThis, { checkActiveSheet, clearMarks });
