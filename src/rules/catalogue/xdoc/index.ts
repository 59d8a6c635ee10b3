/** The XDOC rules of the catalogue, in id order. */
import type { Rule } from "../../types";
import xdoc01 from "./xdoc-01-copied-indicators";
import xdoc02 from "./xdoc-02-foreign-text";

export const XDOC_RULES: Rule[] = [
  xdoc01,
  xdoc02,
  // XDOC-03 (numbers quoted in text ≠ the table's numbers) goes here.
];
