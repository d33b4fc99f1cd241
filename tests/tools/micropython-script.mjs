// Runs one Python script on the real MicroPython (the npm WebAssembly build, pyscript variant) and returns what the
// MicroPython unix port would put on stdout when started as `micropython NAME.py`, plus its exit status.
//
// How the wasm build's behaviour is brought to the unix port's:
// - The wasm build's runPython() compiles its text as "<stdin>". To get `File "NAME.py"` in every traceback (also the
//   ones a script prints itself with sys.print_exception), the script is compiled with compile(src, NAME, "exec") and
//   exec'd in __main__'s globals by a small wrapper. An uncaught exception then carries one extra outermost frame
//   of that wrapper (`  File "<stdin>", line 2, in <module>`), which is removed from the traceback.
// - The unix port sets __file__ in __main__ to the script path; the wrapper sets it to NAME too.
// - An uncaught exception makes runPython() throw a PythonError whose message is exactly what mp_obj_print_exception
//   prints; it is appended to stdout (the golden convention, as MicroPython's own run-tests merges the unix port's
//   stderr into stdout) and the exit status is 1.
// - SystemExit ends the script like the unix port does: no output, status 0 for no value/None, the int value & 255,
//   1 for any other value.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

// Larger than the package default (1 MiB): the wasm build is 32-bit so objects are smaller than on the 64-bit unix
// port, but some golden programs build big ints and lists; a MemoryError here would be a false difference.
export const DEFAULT_HEAP_BYTES = 16 * 1024 * 1024;
const PYSTACK_WORDS = 16 * 1024;

const TRACEBACK_HEAD = "Traceback (most recent call last):\n";
const WRAPPER_FRAME = '  File "<stdin>", line 2, in <module>\n';

// Removes the wrapper's frame. When it was the only frame (an error raised by compile() itself, e.g. by the lexer),
// the header goes too: MicroPython prints "Traceback (most recent call last):" only above at least one frame.
function withoutWrapperFrame(traceback) {
  const wrapped = TRACEBACK_HEAD + WRAPPER_FRAME;
  if (!traceback.startsWith(wrapped)) return traceback;
  const rest = traceback.slice(wrapped.length);
  return rest.startsWith("  File ") ? TRACEBACK_HEAD + rest : rest;
}

function wrapperCode(displayName) {
  const quoted = JSON.stringify(displayName); // a JSON string literal is also a valid Python str literal here
  return [
    "try:",
    `    exec(compile(globals().pop("__golden_src__"), ${quoted}, "exec"))`,
    "except SystemExit as e:",
    "    v = e.args[0] if e.args else None",
    "    globals()['__golden_exit__'] = 0 if v is None else ((v & 255) if isinstance(v, int) else 1)",
    "",
  ].join("\n");
}

export async function runScript(source, displayName, { heapBytes = DEFAULT_HEAP_BYTES, stderr } = {}) {
  const out = [];
  const mp = await loadMicroPython({
    heapsize: heapBytes,
    pystack: PYSTACK_WORDS,
    linebuffer: false,
    stdout: (bytes) => { for (const b of bytes) out.push(b); },
    stderr: (bytes) => { if (stderr) stderr(bytes); },
  });
  mp.globals.set("__golden_src__", source);
  mp.globals.set("__file__", displayName);
  let exitStatus = 0;
  try {
    mp.runPython(wrapperCode(displayName));
    // Only set by the wrapper when the script raised SystemExit (so a normal script never sees the name).
    const code = mp.globals.get("__golden_exit__");
    if (typeof code === "number") exitStatus = code;
  } catch (error) {
    if (error === null || error.name !== "PythonError") throw error;
    const traceback = withoutWrapperFrame(String(error.message));
    for (const b of Buffer.from(traceback, "utf8")) out.push(b);
    exitStatus = 1;
  }
  return { stdout: Buffer.from(out), exitStatus };
}
