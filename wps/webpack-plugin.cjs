// Assembles the WPS add-in in dist/wps/ during the ordinary webpack build (see webpack.config.js).
//
// dist/wps/ is self-contained, so the folder alone can be served (online mode), zipped into the
// offline .7z package, or copied into a machine's jsaddons folder:
//   ribbon.xml      the four buttons (wps/ribbon.xml)
//   index.html      the hidden entry page (wps/index.html), loading main.js
//   main.js         the ribbon callbacks (entry "wps-main", src/wps-addin/main.ts)
//   polyfills.js    APIs newer than the embedded Chromium has (entry "wps-polyfills")
//   taskpane.html   the task pane: the same app as dist/taskpane.html, WITHOUT the office.js tag,
//                   loading polyfills.js and then copies of the task pane's own script files
//   taskpane.*.js, and the chunks it may load, copied from dist/ (same bytes, same names)
//   assets/         the icons (the ribbon's GetImage returns assets/icon-32.png)
//   jsplugins.xml   enterprise template;  publish.xml  single-machine template;
//   package.json    name/version/addonType for `wpsjs publish`
// Source maps are not copied: the copies' sourceMappingURL comments point at nothing in dist/wps,
// which browsers ignore.
const fs = require("node:fs");
const path = require("node:path");
const { createHash } = require("node:crypto");
const webpack = require("webpack");

const NAME = "WpsAddinPlugin";
const OFFICE_JS = /office(\.debug)?\.js/i;

class WpsAddinPlugin {
  /**
   * @param {object} options
   * @param {(o: {title: string}) => string} options.page  the HTML shell (webpack.config.js page(), no office.js)
   * @param {string} options.version                      package.json version
   * @param {string} [options.sourceDir]                   wps/ (ribbon.xml, index.html, templates)
   * @param {string} [options.paneEntry]                   the task pane's entry name
   * @param {string} [options.outDir]                      folder inside the output, "wps"
   */
  constructor(options) {
    this.page = options.page;
    this.version = options.version;
    this.sourceDir = options.sourceDir ?? __dirname;
    this.paneEntry = options.paneEntry ?? "taskpane";
    this.outDir = options.outDir ?? "wps";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // After minifying, source maps and the real content hashes: the copies are the final files.
      compilation.hooks.processAssets.tap({ name: NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => this.emit(compilation));
    });
  }

  emit(compilation) {
    const { RawSource } = webpack.sources;
    const out = (name) => `${this.outDir}/${name}`;
    const read = (name) => {
      const file = path.join(this.sourceDir, name);
      compilation.fileDependencies.add(file);
      return fs.readFileSync(file, "utf8");
    };
    const fill = (text) => text.replace(/__VERSION__/g, this.version);

    // The task pane's files: its initial chunks, and every chunk it may load later.
    const entry = compilation.entrypoints.get(this.paneEntry);
    if (!entry) {
      compilation.errors.push(new webpack.WebpackError(`${NAME}: no entry named "${this.paneEntry}"`));
      return;
    }
    const initial = [];
    const all = new Set();
    for (const chunk of entry.chunks) {
      for (const f of chunk.files) if (f.endsWith(".js")) initial.push(f);
      for (const c of [chunk, ...chunk.getAllAsyncChunks()]) for (const f of c.files) if (f.endsWith(".js")) all.add(f);
    }
    for (const file of all) {
      const asset = compilation.getAsset(file);
      if (!asset) continue;
      compilation.emitAsset(out(file), asset.source, { ...asset.info, related: {} });
      const legal = compilation.getAsset(`${file}.LEGAL.txt`);
      if (legal) compilation.emitAsset(out(`${file}.LEGAL.txt`), legal.source, legal.info);
    }
    for (const asset of compilation.getAssets()) {
      if (asset.name.startsWith("assets/")) compilation.emitAsset(out(asset.name), asset.source, asset.info);
    }

    // taskpane.html: the page shell without office.js, polyfills first (defer keeps the order).
    const scripts = ["polyfills.js", ...initial].map((f) => `<script defer src="${f}"></script>`).join("\n    ");
    const html = this.page({ title: "绩效表助手" }).replace("</head>", `  ${scripts}\n  </head>`);
    if (OFFICE_JS.test(html)) compilation.errors.push(new webpack.WebpackError(`${NAME}: the WPS task pane must not load office.js`));
    compilation.emitAsset(out("taskpane.html"), new RawSource(html));

    // The entry page, with main.js's hash against WPS's cache.
    const main = compilation.getAsset(out("main.js"));
    const hash = main ? createHash("sha256").update(main.source.buffer()).digest("hex").slice(0, 8) : this.version;
    compilation.emitAsset(out("index.html"), new RawSource(read("index.html").replace(/__MAIN_VERSION__/g, hash)));

    compilation.emitAsset(out("ribbon.xml"), new RawSource(read("ribbon.xml")));
    compilation.emitAsset(out("jsplugins.xml"), new RawSource(fill(read("jsplugins.xml"))));
    compilation.emitAsset(out("publish.xml"), new RawSource(fill(read("publish.xml"))));
    const pkg = { name: "jixiao", version: this.version, addonType: "et", description: "绩效表助手 WPS 加载项", private: true };
    compilation.emitAsset(out("package.json"), new RawSource(`${JSON.stringify(pkg, null, 2)}\n`));
  }
}

module.exports = { WpsAddinPlugin };
