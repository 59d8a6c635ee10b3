/** Side-effect module: installs the WPS polyfills. The first script of every WPS page (see polyfills.ts). */
import { installPolyfills } from "./polyfills";

installPolyfills();
