/**
 * How the official forms look: 黑体 titles, 仿宋 lines around the table, 宋体 10 in the table,
 * thin borders, money right-aligned with two decimals.
 */
import type { CellFormat } from "../hosts/host";
import type { Style } from "./dsl";

export const FONT_TITLE = "黑体";
export const FONT_BODY = "宋体";
export const FONT_NOTE = "仿宋";

/** Money: two decimals, more when the amount has them (917.4946 stays visible). */
export const AMOUNT_FORMAT = "#,##0.00##";
export const RATE_FORMAT = "0.00%";
export const POINTS_FORMAT = "0.00";
/** Excel's Text format: what is typed stays text (no formulas, no numbers). */
export const TEXT_FORMAT = "@";

const body = { name: FONT_BODY, size: 10 };

export const STYLE_FORMATS: Record<Style, CellFormat> = {
  title: { font: { name: FONT_TITLE, size: 16, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { font: { name: FONT_NOTE, size: 11 }, horizontal: "left", vertical: "middle" },
  subtitleRight: { font: { name: FONT_NOTE, size: 11 }, horizontal: "right", vertical: "middle" },
  caption: { font: { name: FONT_NOTE, size: 12 }, horizontal: "center", vertical: "middle" },
  note: { font: { name: FONT_NOTE, size: 9 }, horizontal: "left", vertical: "top", wrap: true },
  label: { font: { ...body, bold: true }, horizontal: "center", vertical: "middle", wrap: true, borders: true },
  labelLeft: { font: body, horizontal: "left", vertical: "middle", wrap: true, borders: true },
  text: { font: body, horizontal: "left", vertical: "middle", wrap: true, borders: true },
  center: { font: body, horizontal: "center", vertical: "middle", wrap: true, borders: true },
  amount: { font: body, horizontal: "right", vertical: "middle", numberFormat: AMOUNT_FORMAT, borders: true },
  rate: { font: body, horizontal: "center", vertical: "middle", numberFormat: RATE_FORMAT, borders: true },
  number: { font: body, horizontal: "center", vertical: "middle", borders: true },
  points: { font: body, horizontal: "center", vertical: "middle", numberFormat: POINTS_FORMAT, borders: true },
};

/** Font size of a style, for row heights. */
export function fontSize(style: Style): number {
  return STYLE_FORMATS[style].font?.size ?? 10;
}

/** Styles whose values are numbers. */
export function isNumericStyle(style: Style): boolean {
  return style === "amount" || style === "rate" || style === "number" || style === "points";
}
