/**
 * Inserts previewed and undoable like every other write of the pane: a template filled from data
 * (导入, 生成自评表, 模板) adds a sheet; the preview lists the cells it will fill (blank → value),
 * and 撤销 removes the sheets the insert added.
 */
import { toA1 } from "../grid/address";
import { sanitiseSheetName } from "../hosts/memory/sheet-names";
import { planTemplate, type TemplateDefinition, type TemplateOptions } from "../templates";
import { writeText, type CellChange, type UndoStep } from "./pane-write";

/** A sheet an insert will add: its name (made unique on insert if taken) and the cells it fills. */
export interface PlannedSheet {
  name: string;
  changes: CellChange[];
}

/** The sheet a template with these options would add, cell by cell (empty cells left out). */
export function planInsert(def: TemplateDefinition, options: TemplateOptions = {}): PlannedSheet {
  const { plan, model } = planTemplate(def, options);
  const name = sanitiseSheetName(options.sheetName ?? def.sheetName(model));
  const changes: CellChange[] = [];
  plan.writes.forEach((row, r) =>
    row.forEach((write, c) => {
      const after = writeText(write);
      if (after.trim() !== "") changes.push({ sheet: name, ref: toA1(r, c), before: "", after, write });
    }),
  );
  return { name, changes };
}

/** Every change of the planned sheets, in order. */
export function plannedChanges(sheets: readonly PlannedSheet[]): CellChange[] {
  return sheets.flatMap((s) => s.changes);
}

/** The undo step of an insert: remove the sheets it added. */
export function insertUndo(sheets: readonly string[], cells: number): UndoStep {
  return { cells: [], addedSheets: [...sheets], count: cells };
}
