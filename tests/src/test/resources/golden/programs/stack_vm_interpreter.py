# A tiny stack-based virtual machine: an assembler with labels, bytecode in a bytearray, and an interpreter loop
# computing factorials and a gcd, with a step limit and error reporting.
OPS = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "MOD", "JMP", "JZ", "PRINT", "HALT", "DUP", "LT"]
OPCODE = {name: i for i, name in enumerate(OPS)}
WITH_ARG = {"PUSH", "LOAD", "STORE", "JMP", "JZ"}

class VMError(Exception):
    pass

def assemble(src):
    labels, code, fixups = {}, bytearray(), []
    for line in src.strip().split("\n"):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = parts[0].upper()
        if op not in OPCODE:
            raise VMError("unknown op " + op)
        code.append(OPCODE[op])
        if op in WITH_ARG:
            arg = parts[1]
            if arg.lstrip("-").isdigit():
                code.append(int(arg) & 0xFF)
            else:
                fixups.append((len(code), arg))
                code.append(0)
    for pos, name in fixups:
        if name not in labels:
            raise VMError("undefined label " + name)
        code[pos] = labels[name]
    return bytes(code)

def run(code, max_steps=10000):
    stack, mem, out = [], [0] * 8, []
    pc = steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit at pc=%d" % pc)
        op = OPS[code[pc]]
        pc += 1
        if op in WITH_ARG:
            arg = code[pc]
            pc += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            stack.append(mem[arg])
        elif op == "STORE":
            mem[arg] = stack.pop()
        elif op in ("ADD", "SUB", "MUL", "MOD", "LT"):
            b, a = stack.pop(), stack.pop()
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "MOD": a % b if b else 0, "LT": int(a < b)}[op])
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            return out, steps

FACT = """
    push 1
    store 0        ; acc = 1
    push 10
    store 1        ; n = 10
loop:
    load 1
    jz done
    load 0
    load 1
    mul
    store 0
    load 1
    push 1
    sub
    store 1
    jmp loop
done:
    load 0
    print
    halt
"""
GCD = """
    push 252
    store 0
    push 105
    store 1
top:
    load 1
    jz end
    load 0
    load 1
    mod
    load 1
    store 0
    store 1
    jmp top
end:
    load 0
    print
    halt
"""
for name, src in (("factorial", FACT), ("gcd", GCD)):
    code = assemble(src)
    out, steps = run(code)
    print("%-9s %2d bytes %4d steps -> %s" % (name, len(code), steps, out))
    print("          " + code.hex())
for bad in ("push 1\njmp nowhere", "frob 2", "top:\njmp top"):
    try:
        print(run(assemble(bad), max_steps=50))
    except VMError as e:
        print("VMError:", e)
