/** The VAL rules of the catalogue, in id order. */
import type { Rule } from "../../types";
import val01 from "./val-01-quantity-format";
import val02 from "./val-02-symbol-present";
import val03 from "./val-03-direction";
import val04 from "./val-04-unit-fits";
import val05 from "./val-05-percent-range";
import val06 from "./val-06-date-serial";
import val07 from "./val-07-kind-fits";
import val08 from "./val-08-vague";
import val09 from "./val-09-input-as-output";
import val10 from "./val-10-satisfaction";
import val11 from "./val-11-deadline-year";
import val12 from "./val-12-basis";
import val13 from "./val-13-rounds-to-zero";
import val14 from "./val-14-implausible";
import val15 from "./val-15-columns-agree";
import val16 from "./val-16-wrong-category";
import val17 from "./val-17-library";

export const VAL_RULES: Rule[] = [val01, val02, val03, val04, val05, val06, val07, val08, val09, val10, val11, val12, val13, val14, val15, val16, val17];
