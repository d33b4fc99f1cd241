#!/usr/bin/env node
// Usage: node run-micropython.mjs [--name DISPLAY_NAME] [-X heapsize=N[k|m]] FILE.py
// Runs FILE.py on the real MicroPython 1.27 (npm WebAssembly build) and writes exactly what the unix port would print
// on stdout (uncaught traceback included, see micropython-script.mjs). Tracebacks name the file as given on the
// command line, or DISPLAY_NAME. Exit status: the script's (0, 1 after an uncaught exception, SystemExit's code);
// 2 with a message on stderr for a usage error of this tool.
import fs from "node:fs";
import { runScript, DEFAULT_HEAP_BYTES } from "./micropython-script.mjs";

function usage(message) {
  process.stderr.write(`run-micropython: ${message}\nusage: node run-micropython.mjs [--name DISPLAY_NAME] [-X heapsize=N[k|m]] FILE.py\n`);
  process.exit(2);
}

function parseHeap(text) {
  const m = /^heapsize=(\d+)([kKmM]?)$/.exec(text);
  if (!m) usage(`bad -X option: ${text}`);
  const scale = { "": 1, k: 1024, m: 1024 * 1024 }[m[2].toLowerCase()];
  return Number(m[1]) * scale;
}

let file = null;
let name = null;
let heapBytes = DEFAULT_HEAP_BYTES;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--name" && i + 1 < args.length) name = args[++i];
  else if (args[i] === "-X" && i + 1 < args.length) heapBytes = parseHeap(args[++i]);
  else if (args[i].startsWith("-")) usage(`unknown option ${args[i]}`);
  else if (file === null) file = args[i];
  else usage("only one script may be given");
}
if (file === null) usage("no script given");

let source;
try {
  source = fs.readFileSync(file, "utf8");
} catch (e) {
  usage(`cannot read ${file}: ${e.message}`);
}
const result = await runScript(source, name ?? file, { heapBytes, stderr: (b) => process.stderr.write(Buffer.from(b)) });
process.stdout.write(result.stdout);
process.exitCode = result.exitStatus;
