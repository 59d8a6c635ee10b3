/** The JN rules of the catalogue, in id order: the 决算情况说明 and the published package as a whole. */
import type { Rule } from "../../types";
import jn01 from "./jn-01-sections";
import jn02 from "./jn-02-empty-table-statement";
import jn03 from "./jn-03-change-reason";
import jn04 from "./jn-04-year-and-unit";
import jn05 from "./jn-05-placeholders";
import jn06 from "./jn-06-yuan-amounts";

export const JN_RULES: Rule[] = [jn01, jn02, jn03, jn04, jn05, jn06];
