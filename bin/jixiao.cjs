#!/usr/bin/env node
// Entry point of the `jixiao` command. The bundle is built by `npm install` (the prepare script);
// if it is missing (install ran with --ignore-scripts), build it once, then run.
//
// The command runs in a worker thread with bounded resources, so that no input can crash or
// hang the command line: a heap limit (JIXIAO_MEMORY_LIMIT, megabytes) and a time limit
// (JIXIAO_TIME_LIMIT, seconds). Past either, the worker is stopped and one line on stderr says
// why, with exit code 2 — never a V8 heap dump or a run that does not end.
//
// The worker compiles the bundle with V8's code cache (dist/cli/jixiao.cjs.*.cache, written after
// the first run without one): compiling a megabyte of JavaScript is a good part of a short
// command's time. A cache V8 rejects (another Node version) is rewritten; one that cannot be
// written (a read-only install) is simply not used.
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const vm = require("node:vm");
const Module = require("node:module");
const threads = require("node:worker_threads");

const bundle = path.join(__dirname, "..", "dist", "cli", "jixiao.cjs");

/** Default heap: half the machine's memory, between 1 GB and 4 GB. */
const DEFAULT_MEMORY_MB = Math.max(1024, Math.min(4096, Math.floor(os.totalmem() / 1024 / 1024 / 2)));
const DEFAULT_TIME_S = 300;

function limit(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!(n > 0) || !Number.isFinite(n)) {
    process.stderr.write(`环境变量 ${name} 应为正数，而不是“${raw}”。/ ${name} must be a positive number.\n`);
    process.exit(2);
  }
  return n;
}

function shown(n) {
  return String(Math.round(n * 1000) / 1000);
}

if (!threads.isMainThread) {
  // The worker: run the command, hand back its exit code. ES modules the bundle imports at run
  // time (PDF.js): `import()` inside a vm.Script has no loader on Node 20, so the bundle imports
  // through this module's (see scripts/build-cli.mjs).
  globalThis.__jixiaoImport = (specifier) => import(specifier);
  const cli = load(threads.workerData.bundle);
  cli.exports.main(process.argv.slice(2)).then((code) => {
    cli.saveCache();
    threads.parentPort.postMessage({ code });
  });
} else {
  if (!fs.existsSync(bundle)) {
    const { execFileSync } = require("node:child_process");
    execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: "inherit" });
  }
  const memoryMb = limit("JIXIAO_MEMORY_LIMIT", DEFAULT_MEMORY_MB);
  const timeS = limit("JIXIAO_TIME_LIMIT", DEFAULT_TIME_S);
  let code;
  let stopped = false;
  const worker = new threads.Worker(__filename, {
    argv: process.argv.slice(2),
    workerData: { bundle },
    resourceLimits: { maxOldGenerationSizeMb: Math.max(16, Math.floor(memoryMb)) },
    stdout: true,
    stderr: true,
  });
  // The worker's output is always read, and passed on while the reader is there:
  // `jixiao check x.xlsx | head` closes the pipe early, and the rest is dropped quietly.
  for (const [from, to] of [
    [worker.stdout, process.stdout],
    [worker.stderr, process.stderr],
  ]) {
    let closed = false;
    to.on("error", (e) => {
      if (e && (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED")) closed = true;
      else throw e;
    });
    from.on("data", (chunk) => {
      if (!closed) to.write(chunk);
    });
  }
  const fail = (line) => {
    if (stopped) return;
    stopped = true;
    process.stderr.write(line + "\n");
    process.exitCode = 2;
  };
  const timer = setTimeout(() => {
    fail(
      `处理超过了 ${shown(timeS)} 秒，已停止。文件可能过大或结构异常；如确需更长时间，请设置环境变量 JIXIAO_TIME_LIMIT（秒）。` +
        ` / Stopped after ${shown(timeS)} s.`,
    );
    void worker.terminate();
  }, timeS * 1000);
  worker.on("message", (m) => {
    if (m && typeof m.code === "number") code = m.code;
  });
  worker.on("error", (e) => {
    if (e && e.code === "ERR_WORKER_OUT_OF_MEMORY") {
      fail(
        `处理所需内存超过了 ${shown(memoryMb)} MB 的上限，已停止。文件可能过大或结构异常；如确需更多内存，请设置环境变量 JIXIAO_MEMORY_LIMIT（MB）。` +
          ` / Stopped: more than ${shown(memoryMb)} MB of memory needed.`,
      );
    } else {
      fail(`出现了意外错误：${(e && e.message) || String(e)}。请把这个文件发给我们以便修复。`);
    }
  });
  worker.on("exit", () => {
    clearTimeout(timer);
    if (!stopped) process.exitCode = code ?? 2;
  });
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

