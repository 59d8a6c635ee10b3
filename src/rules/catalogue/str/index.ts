/** The STR rules of the catalogue, in id order. */
import type { Rule } from "../../types";

export const STR_RULES: Rule[] = [];
