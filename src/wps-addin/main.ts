/**
 * The WPS add-in's hidden entry page (dist/wps/index.html loads this as main.js). WPS loads the
 * page when it starts and calls the functions named in ribbon.xml on its global object; this
 * script defines them (see ribbon.ts). It never loads office.js: WPS does not run Office.js.
 */
import "./install-polyfills";
import { type AddinWindow, installRibbon } from "./ribbon";

installRibbon(window as unknown as AddinWindow & Record<string, unknown>);
