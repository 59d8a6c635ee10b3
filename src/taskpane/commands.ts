/**
 * The ribbon's function file (commands.html). 检查本表 checks the active sheet and marks what it
 * finds; 清除标记 removes every mark the add-in made. Both run here, without opening the pane, in
 * Excel's function-file runtime, through the same ExcelHost the pane uses.
 *
 * A function command has no UI of its own: after a check the worst finding is selected so the
 * clerk sees where to look; details are in the task pane (打开助手). A failure is written to the
 * console (F12 / the Office add-in debugger), the command still completes so Excel does not wait.
 */
import { ExcelHost } from "../hosts/excel";
import { checkActiveSheetOn, clearMarksOn } from "../usecases/ribbon-commands";

export { checkActiveSheetOn, clearMarksOn };

type CommandEvent = { completed: () => void };

let excelHost: ExcelHost | undefined;

/** One host for the life of the function file (it remembers where its notes are). */
function excel(): ExcelHost {
  excelHost ??= ExcelHost.fromOffice((message) => console.warn(message));
  return excelHost;
}

function command(event: CommandEvent, work: () => Promise<unknown>): void {
  void work()
    .catch((e: unknown) => console.error(e instanceof Error ? e.message : e))
    .finally(() => event.completed());
}

export function checkActiveSheet(event: CommandEvent): void {
  command(event, () => checkActiveSheetOn(excel()));
}

export function clearMarks(event: CommandEvent): void {
  command(event, () => clearMarksOn(excel()));
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions?.associate("checkActiveSheet", checkActiveSheet);
    Office.actions?.associate("clearMarks", clearMarks);
  });
}

// Older hosts look the manifest's function names up on the global object.
Object.assign(globalThis, { checkActiveSheet, clearMarks });
