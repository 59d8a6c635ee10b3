// `npm start`: serve the task pane and the browser preview with webpack-dev-server, print where,
// and open the preview in a browser when this machine has a display. Never fails for want of one.
//
// `npm run start:desktop` (`--desktop`): development in desktop Excel in one command, as the
// `yo office` template's `npm start` does: make sure the development certificates exist
// (office-addin-dev-certs, a devDependency), serve over https, then sideload manifest.xml into
// desktop Excel with office-addin-debugging and open it. office-addin-debugging is run through npx
// rather than installed with the project: its keychain module (keytar) builds natively and does
// not install everywhere, and it sideloads on Windows and macOS only. `npm run stop` removes the
// sideloaded add-in again.
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require(join(root, "webpack.config.js"));

const desktop = process.argv.includes("--desktop");
if (desktop) {
  // The certificates first (asks once to trust the development CA), so the server below speaks https.
  try {
    await require("office-addin-dev-certs").ensureCertificatesAreInstalled();
  } catch (e) {
    console.error(`无法准备开发证书 / Could not set up the development certificates: ${e.message}`);
    process.exit(1);
  }
}

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

if (desktop) sideload(devServer.port);
else openBrowser(base);

/** Sideloads manifest.xml into desktop Excel (Windows, macOS) and opens it. */
function sideload(port) {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.log("  桌面版 Excel 只在 Windows 和 macOS 上可旁加载；Excel 网页版可上传 manifest.xml，见 docs/real-host-checklist.md。");
    console.log("  Desktop Excel sideloading needs Windows or macOS; Excel on the web can upload manifest.xml (docs/real-host-checklist.md).");
    return;
  }
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const args = ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "excel", "--no-debug", "--dev-server-port", String(port)];
  const child = spawn(npx, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("error", (e) => console.error(`无法旁加载 / Could not sideload: ${e.message}`));
}

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
