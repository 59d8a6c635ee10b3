/** The XDOC rules of the catalogue, in id order. */
import type { Rule } from "../../types";
import xdoc01 from "./xdoc-01-copied-indicators";
import xdoc02 from "./xdoc-02-foreign-text";
import xdoc03 from "./xdoc-03-narrative-numbers";

export const XDOC_RULES: Rule[] = [xdoc01, xdoc02, xdoc03];
