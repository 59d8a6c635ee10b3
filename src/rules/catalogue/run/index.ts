/** The RUN rules (绩效运行监控表) of the catalogue, in id order. */
import type { Rule } from "../../types";
import run01 from "./run-01-behind-time";
import run02 from "./run-02-unlikely-without-reason";
import run03 from "./run-03-against-direction";

export const RUN_RULES: Rule[] = [run01, run02, run03];
