/**
 * The part of the Excel JavaScript API (Office.js) that the Excel host uses, as structural types.
 *
 * ExcelHost is written against these interfaces instead of the global `Excel` namespace so that
 * tests can hand it the in-memory fake in test/fakes/office. `ApiMatchesOfficeJs` at the bottom
 * makes the compiler prove that the real `Excel.RequestContext` (from @types/office-js) satisfies
 * them, so nothing here can drift from the real API without a type error.
 *
 * Requirement sets (ExcelApi x.y) are noted on each member; ExcelHost gates every member above its
 * floor (1.4) with `isSetSupported`.
 */

export type XlLoad = string | string[];

/** An Office.js proxy: properties are readable only after load + sync. */
export interface XlProxy {
  /** Valid after a load and a sync; true for the result of an *OrNullObject call that found nothing. */
  readonly isNullObject: boolean;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  /** ExcelApi 1.4 */
  readonly settings: XlSettingCollection;
  /** ExcelApi 1.1; fails when several areas are selected. */
  getSelectedRange(): XlRange;
  /** ExcelApi 1.9 */
  getSelectedRanges(): XlRangeAreas;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(names: XlLoad): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlProxy {
  /** Stable across renames. */
  readonly id: string;
  readonly name: string;
  readonly position: number;
  /** "Visible" | "Hidden" | "VeryHidden" */
  visibility: string;
  load(names: XlLoad): XlWorksheet;
  activate(): void;
  delete(): void;
  /** The whole sheet when the address is omitted. */
  getRange(address?: string): XlRange;
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.7 */
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9 */
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.18 */
  readonly notes: XlNoteCollection;
  /** ExcelApi 1.10 */
  readonly comments: XlCommentCollection;
}

export interface XlRange extends XlProxy {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  // Office.js types these as any[][].
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  values: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  formulas: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  numberFormat: any[][];
  readonly text: string[][];
  /** "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue" | "Unknown" */
  readonly valueTypes: string[][];
  readonly worksheet: XlWorksheet;
  readonly format: XlRangeFormat;
  /** ExcelApi 1.6 */
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** ExcelApi 1.8 */
  readonly dataValidation: XlDataValidation;
  load(names: XlLoad): XlRange;
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.13; fails past 512 areas; reports areas whose top-left cell lies in the range. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.2 */
  merge(across?: boolean): void;
  /** ExcelApi 1.2 */
  unmerge(): void;
  select(): void;
}

export interface XlRangeAreas extends XlProxy {
  readonly address: string;
  readonly areaCount: number;
  readonly areas: XlRangeCollection;
  load(names: XlLoad): XlRangeAreas;
}

export interface XlRangeCollection {
  readonly items: XlRange[];
  load(names: XlLoad): XlRangeCollection;
}

export interface XlRangeFormat {
  readonly font: XlRangeFont;
  readonly fill: XlRangeFill;
  /** "General" | "Left" | "Center" | "Right" | "Justify" | … */
  horizontalAlignment: string;
  /** "Top" | "Center" | "Bottom" | … */
  verticalAlignment: string;
  wrapText: boolean;
  /** Points. ExcelApi 1.2 */
  columnWidth: number;
  /** Points. ExcelApi 1.2 */
  rowHeight: number;
  readonly borders: XlRangeBorderCollection;
  load(names: XlLoad): XlRangeFormat;
}

export interface XlRangeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  load(names: XlLoad): XlRangeFont;
}

export interface XlRangeFill {
  /** "#RRGGBB"; Excel reports "#FFFFFF" for a cell without fill. */
  color: string;
  clear(): void;
  load(names: XlLoad): XlRangeFill;
}

export type XlBorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
export type XlBorderStyle = "Continuous" | "Dash" | "Dot" | "Double";
export type XlBorderWeight = "Thin" | "Medium" | "Thick";

export interface XlRangeBorderCollection {
  getItem(index: XlBorderIndex): XlRangeBorder;
}

export interface XlRangeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  load(names: XlLoad): XlConditionalFormatCollection;
  add(type: "Custom"): XlConditionalFormat;
  getItem(id: string): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly id: string;
  readonly type: string;
  readonly custom: XlCustomConditionalFormat;
  readonly customOrNullObject: XlCustomConditionalFormat;
  /** Its place in the collection, 0 on top (ExcelApi 1.6). */
  priority: number;
  load(names: XlLoad): XlConditionalFormat;
  delete(): void;
}

export interface XlCustomConditionalFormat extends XlProxy {
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string } };
}

export interface XlDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: string | XlRange } };
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  clear(): void;
}

export interface XlFreezePanes {
  freezeAt(frozenRange: string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  unfreeze(): void;
}

export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlSettingCollection {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  add(key: string, value: any): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting extends XlProxy {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: any;
  load(names: XlLoad): XlSetting;
  delete(): void;
}

/** A value Excel computes (OfficeExtension.ClientResult): readable after a sync. */
export interface XlClientResult<T> {
  readonly value: T;
}

/** ExcelApi 1.18: keyed by the cell's address on the sheet ("B2"). */
export interface XlNoteCollection {
  add(cellAddress: string, content: string): XlNote;
  getItemOrNullObject(key: string): XlNote;
  getCount(): XlClientResult<number>;
}

export interface XlNote extends XlProxy {
  content: string;
  load(names: XlLoad): XlNote;
  delete(): void;
}

/** ExcelApi 1.10 (threaded comments). */
export interface XlCommentCollection {
  readonly items: XlComment[];
  load(names: XlLoad): XlCommentCollection;
  /** The address must name the sheet: "'Sheet 1'!B2". */
  add(cellAddress: string, content: string): XlComment;
  getCount(): XlClientResult<number>;
}

export interface XlComment {
  readonly id: string;
  content: string;
  load(names: XlLoad): XlComment;
  delete(): void;
  getLocation(): XlRange;
}

/** The error Office.js rejects a sync with (OfficeExtension.Error). */
export interface XlError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; errorLocation?: string };
}

/** Compile-time proof that the real API has everything above, with compatible types. */
type Assignable<Target, Source extends Target> = Source;
export type ApiMatchesOfficeJs = Assignable<XlContext, Excel.RequestContext>;
