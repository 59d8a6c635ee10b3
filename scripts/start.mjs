// `npm start`: serve the task pane and the browser preview with webpack-dev-server, print where,
// and open the preview in a browser when this machine has a display. Never fails for want of one.
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require(join(root, "webpack.config.js"));

const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
const { devServer, ...webpackConfig } = config;
const protocol = devServer.server === "http" ? "http" : "https";
const base = `${protocol}://${devServer.host}:${devServer.port}/`;

const server = new WebpackDevServer(devServer, webpack(webpackConfig));
await server.start();

console.log("");
console.log(`  浏览器预览 / Browser preview:  ${base}`);
console.log(`  任务窗格   / Task pane page:   ${base}taskpane.html`);
if (protocol === "http") {
  console.log("  在 Excel 中旁加载需要 HTTPS，见 README。 / Sideloading into Excel needs HTTPS; see the README.");
}
console.log("  按 Ctrl+C 停止。 / Press Ctrl+C to stop.");
console.log("");

openBrowser(base);

function hasDisplay() {
  if (process.env.CI) return false;
  if (process.platform === "win32" || process.platform === "darwin") return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function openBrowser(url) {
  if (process.env.BROWSER === "none" || !hasDisplay()) return;
  const [cmd, args] =
    process.platform === "win32"
      ? ["cmd", ["/c", "start", "", url]]
      : process.platform === "darwin"
        ? ["open", [url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => undefined); // no opener installed: the printed address is enough
    child.unref();
  } catch {
    // Same: opening a browser is a convenience.
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    void server.stop().finally(() => process.exit(0));
  });
}
