/** The EVA rules of the catalogue (self-evaluation scores), in id order. */
import type { Rule } from "../../types";
import eva01 from "./eva-01-execution-rate";
import eva02 from "./eva-02-execution-over-100";
import eva03 from "./eva-03-execution-score";
import eva04 from "./eva-04-execution-threshold";
import eva05 from "./eva-05-quantitative-score";
import eva06 from "./eva-06-qualitative-band";
import eva07 from "./eva-07-score-range";
import eva08 from "./eva-08-total-sum";
import eva09 from "./eva-09-grade";
import eva10 from "./eva-10-deviation-reason";
import eva11 from "./eva-11-overshoot";
import eva12 from "./eva-12-actual-missing";
import eva13 from "./eva-13-differs-from-targets";
import eva14 from "./eva-14-achieved-goal";

export const EVA_RULES: Rule[] = [eva01, eva02, eva03, eva04, eva05, eva06, eva07, eva08, eva09, eva10, eva11, eva12, eva13, eva14];
