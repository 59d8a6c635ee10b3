// Builds the add-in's pages into dist/:
//   taskpane.html  the task pane (src/taskpane/index.tsx), loads office.js
//   commands.html  the ribbon's function file (src/taskpane/commands.ts), loads office.js
//   index.html     the browser preview (src/preview/index.tsx), never loads office.js
//   wps/           the WPS add-in (ribbon.xml, entry page, a taskpane.html without office.js),
//                  assembled by wps/webpack-plugin.cjs from the entries wps-main / wps-polyfills
// office.js comes from Microsoft's CDN, or from dist/office-js/ when built with OFFICE_JS=local.
// `npm start` (scripts/start.mjs) serves the same configuration with webpack-dev-server.
const path = require("node:path");
const fs = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const { WpsAddinPlugin } = require("./wps/webpack-plugin.cjs");
const { version } = require("./package.json");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SEEDS = path.resolve(__dirname, "test/fixtures/seeds");
// WPS embeds an older Chromium: everything, dependencies included, is lowered to ES2017.
const TARGET = "es2017";

function page({ title, officeJs }) {
  const office = officeJs ? `\n    <script src="${officeJs}"></script>` : "";
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" type="image/png" href="assets/icon-32.png" />${office}
    <style>html, body, #root { margin: 0; height: 100%; }</style>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}

function listSeeds() {
  try {
    return fs
      .readdirSync(SEEDS)
      .filter((n) => n.toLowerCase().endsWith(".xlsx") && !n.startsWith("~$"))
      .sort((a, b) => a.localeCompare(b, "zh-CN"));
  } catch {
    return [];
  }
}

/** Serves the sample workbooks as dist/samples/*.xlsx plus dist/samples/index.json listing them. */
class SamplesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SamplesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SamplesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const names = listSeeds();
          // Rebuild when the fixture script adds or changes samples while the dev server runs.
          if (fs.existsSync(SEEDS)) compilation.contextDependencies.add(SEEDS);
          else compilation.missingDependencies.add(SEEDS);
          compilation.emitAsset("samples/index.json", new webpack.sources.RawSource(JSON.stringify(names)));
          for (const name of names) {
            const file = path.join(SEEDS, name);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`samples/${name}`, new webpack.sources.RawSource(fs.readFileSync(file)));
          }
        },
      );
    });
  }
}

/**
 * HTTPS for sideloading into Office. By default the dev server speaks https when the development
 * certificates of office-addin-dev-certs are already on this machine (in ~/.office-addin-dev-certs,
 * made by `npx office-addin-dev-certs install` or by `npm run start:desktop`), else plain http,
 * which is all the browser preview needs. HTTPS=1 insists (installing the certificates if
 * missing); HTTPS=0 turns it off.
 */
async function httpsOptions() {
  const asked = (process.env.HTTPS ?? "").trim();
  if (/^(0|false|no)$/i.test(asked)) return undefined;
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    if (asked !== "") console.warn("HTTPS was asked for but office-addin-dev-certs is not installed (npm install); serving over http.");
    return undefined;
  }
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
  const files = [caCertificatePath, localhostCertificatePath, localhostKeyPath];
  if (asked === "" && files.every((f) => typeof f === "string" && fs.existsSync(f))) {
    return { ca: fs.readFileSync(caCertificatePath), cert: fs.readFileSync(localhostCertificatePath), key: fs.readFileSync(localhostKeyPath) };
  }
  if (asked === "") return undefined;
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`HTTPS was asked for but no development certificate is available (${e.message}); serving over http.`);
    console.warn("Install one with: npx office-addin-dev-certs install");
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? (process.env.NODE_ENV === "production" ? "production" : "development");
  const production = mode === "production";
  const localOffice = process.env.OFFICE_JS === "local";
  const officeJs = localOffice ? "office-js/office.js" : OFFICE_JS_CDN;
  const serving = Boolean(env.WEBPACK_SERVE); // set by `webpack serve` and by scripts/start.mjs
  const https = serving ? await httpsOptions() : undefined;

  const copies = [{ from: "assets", to: "assets" }];
  // Copied as shipped: `minimized` keeps the minifier (and its source maps) away from office.js.
  if (localOffice) copies.push({ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } });

  return {
    mode,
    target: ["web", TARGET],
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      preview: "./src/preview/index.tsx",
      // The WPS add-in's own scripts, written straight into dist/wps/ under fixed names.
      "wps-main": { import: "./src/wps-addin/main.ts", filename: "wps/main.js" },
      "wps-polyfills": { import: "./src/wps-addin/install-polyfills.ts", filename: "wps/polyfills.js" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: { keep: /^cli\// }, // dist/cli is the command line, built by scripts/build-cli.mjs
    },
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".mjs", ".js", ".json"],
      // exceljs resolves to its self-contained browser build (package.json "browser" field);
      // nothing in the pages may pull in a node core module.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, zlib: false },
    },
    module: {
      rules: [
        {
          // PDF.js loads a worker or a decoder by URL with import(): see the loader.
          test: /pdfjs-dist[\\/].*\.mjs$/,
          enforce: "pre",
          loader: path.resolve(__dirname, "scripts/no-dynamic-import-loader.cjs"),
        },
        {
          test: /\.[cm]?[jt]sx?$/,
          // exceljs's browser build is already ES5 and minified: passing it through again only costs time.
          exclude: /exceljs[\\/]dist[\\/]/,
          loader: "esbuild-loader",
          options: { target: TARGET, jsx: "automatic" },
        },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: TARGET, css: false, legalComments: "external" })],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateContent: page({ title: "绩效表助手", officeJs }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        chunks: ["commands"],
        templateContent: page({ title: "绩效表助手 · 命令", officeJs }),
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        chunks: ["preview"],
        templateContent: page({ title: "绩效表助手 · 浏览器预览" }),
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      new SamplesPlugin(),
      // dist/wps/: the WPS pages around copies of the task pane's files (no office.js there).
      new WpsAddinPlugin({ page: ({ title }) => page({ title }), version }),
    ],
    // The preview carries exceljs and Fluent UI; the size warnings say nothing useful here.
    performance: { hints: false },
    devServer: {
      host: "localhost",
      port: Number(process.env.PORT) || 3000,
      server: https ? { type: "https", options: https } : "http",
      static: false,
      hot: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
