#!/usr/bin/env node
// Usage: node check-golden.mjs [--write] [PATH...]
// For every golden script X.py (under tests/src/test/resources/golden, or only under the PATHs given), runs it on the
// real MicroPython through run-micropython.mjs with its path relative to the golden folder as display name, and
// reports each X.py.exp that differs from what MicroPython prints, and each script whose exit status differs from its
// first-line `# exit: N` (0 when absent). With --write, a differing or missing X.py.exp is rewritten instead (an exit
// status mismatch is still reported: fix the `# exit:` line). Exit status 1 when anything is reported, else 0.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const toolsDir = path.dirname(fileURLToPath(import.meta.url));
const goldenRoot = path.resolve(toolsDir, "../src/test/resources/golden");
const runner = path.join(toolsDir, "run-micropython.mjs");
const SCRIPT_TIMEOUT_MS = 60_000;

function listScripts(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listScripts(full));
    else if (entry.isFile() && entry.name.endsWith(".py")) found.push(full);
  }
  return found;
}

function expectedExitStatus(source) {
  const firstLine = source.split("\n", 1)[0];
  const m = /^#\s*exit:\s*(\d+)\s*$/.exec(firstLine);
  return m ? Number(m[1]) : 0;
}

function firstDifference(expected, actual) {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}: .exp has ${JSON.stringify(e[i] ?? "<end>")}, MicroPython prints ${JSON.stringify(a[i] ?? "<end>")}`;
    }
  }
  return "differs";
}

const args = process.argv.slice(2);
const write = args.includes("--write");
const roots = args.filter((a) => a !== "--write").map((a) => path.resolve(a));
for (const r of roots) {
  if (!fs.existsSync(r)) {
    process.stderr.write(`check-golden: no such file or folder: ${r}\n`);
    process.exit(2);
  }
}
const scripts = (roots.length ? roots : [goldenRoot])
  .flatMap((r) => (fs.statSync(r).isDirectory() ? listScripts(r) : [r]))
  .sort();

let passed = 0;
let failed = 0;
let written = 0;
let skipped = 0;
for (const script of scripts) {
  const name = path.relative(goldenRoot, script).split(path.sep).join("/");
  const source = fs.readFileSync(script, "utf8");
  const run = spawnSync(process.execPath, [runner, "--name", name, script], {
    timeout: SCRIPT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status === null) {
    console.log(`FAIL ${name}: MicroPython did not finish (${run.error ? run.error.message : run.signal})`);
    failed++;
    continue;
  }
  const problems = [];
  const wantStatus = expectedExitStatus(source);
  if (run.status !== wantStatus) problems.push(`exit status ${run.status}, first line says ${wantStatus}`);
  const expPath = script + ".exp";
  const actual = run.stdout;
  const expected = fs.existsSync(expPath) ? fs.readFileSync(expPath) : null;
  if (expected === null || !expected.equals(actual)) {
    if (write) {
      fs.writeFileSync(expPath, actual);
      written++;
      console.log(`WROTE ${name}.exp`);
    } else if (expected === null) {
      problems.push("no .exp file");
    } else {
      problems.push(firstDifference(expected.toString("utf8"), actual.toString("utf8")));
    }
  }
  if (actual.toString("utf8") === "SKIP\n") {
    skipped++;
    console.log(`NOTE ${name}: MicroPython itself prints SKIP`);
  }
  if (problems.length) {
    failed++;
    for (const p of problems) console.log(`FAIL ${name}: ${p}`);
  } else {
    passed++;
  }
}
const extra = (write ? `, ${written} written` : "") + (skipped ? `, ${skipped} skipped by MicroPython` : "");
console.log(`golden .exp check: ${passed} passed, ${failed} failed${extra}`);
process.exitCode = failed ? 1 : 0;
