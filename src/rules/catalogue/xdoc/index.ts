/** The XDOC rules of the catalogue, in id order. */
import type { Rule } from "../../types";

export const XDOC_RULES: Rule[] = [];
