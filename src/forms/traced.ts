/**
 * Every field read from a sheet remembers the cell it came from: its A1 address and the text
 * the clerk sees there. Findings, highlights and "click to select" all start from these.
 */
import { z } from "zod";

export const CellRefSchema = z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/, "an A1 cell address");
export const RangeRefSchema = z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*(:[A-Z]{1,3}[1-9][0-9]*)?$/, "an A1 range address");

/** A field traced to its cell: the parsed value, the cell's A1 address and its displayed text. */
export function traced<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    ref: CellRefSchema,
    text: z.string(),
    /** True when the value was carried down from a merged or blank "same as above" cell. */
    inherited: z.boolean().optional(),
  });
}

export const TracedTextSchema = traced(z.string());
export type TracedText = z.infer<typeof TracedTextSchema>;

/** A number read from a cell; `value` is null when the cell is blank or not a number (see `problem`). */
export const TracedNumberSchema = traced(z.number().nullable()).extend({
  /** Why the text could not be read as a number (error value, words, …), in Chinese. */
  problem: z.string().optional(),
});
export type TracedNumber = z.infer<typeof TracedNumberSchema>;
