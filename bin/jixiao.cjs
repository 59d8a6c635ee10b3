#!/usr/bin/env node
// Entry point of the `jixiao` command. The bundle is built by `npm install` (the prepare script);
// if it is missing (install ran with --ignore-scripts), build it once, then run.
//
// The bundle is compiled with V8's code cache (dist/cli/jixiao.cjs.*.cache, written after the
// first run without one): compiling a megabyte of JavaScript is a good part of a short command's
// time. A cache V8 rejects (another Node version) is rewritten; one that cannot be written (a
// read-only install) is simply not used.
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const vm = require("node:vm");
const Module = require("node:module");

const bundle = path.join(__dirname, "..", "dist", "cli", "jixiao.cjs");
if (!fs.existsSync(bundle)) {
  const { execFileSync } = require("node:child_process");
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: "inherit" });
}

function load(file) {
  // V8 checks a cache against the source's length only: the name carries the bundle's size and
  // time, so a rebuilt bundle never meets the cache of the previous one.
  const stat = fs.statSync(file);
  const cacheFile = `${file}.${stat.size}-${Math.round(stat.mtimeMs)}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), {
    filename: file,
    cachedData,
  });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod.loaded = true;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return { exports: mod.exports, saveCache: stale ? () => writeCache(script, cacheFile) : () => {} };
}

function writeCache(script, cacheFile) {
  try {
    const tmp = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // a read-only install: run without the cache
  }
}

// ES modules the bundle imports at run time (PDF.js): `import()` inside a vm.Script has no loader
// on Node 20, so the bundle imports through this module's (see scripts/build-cli.mjs).
globalThis.__jixiaoImport = (specifier) => import(specifier);
const cli = load(bundle);
cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  cli.saveCache();
});
