/** The JS rules of the catalogue, in id order. */
import type { Rule } from "../../types";

export const JS_RULES: Rule[] = [];
