"""Drives a command on a pseudo-terminal (80x24) as a person would: waits for a prompt, types a line, repeats.

usage: pty_session.py TIMEOUT_SECONDS COMMAND... < script
The script's lines are "expect TEXT" (wait until TEXT appears in the output), "send TEXT" (type TEXT and Enter),
"eof" (type Ctrl-D). Prints the whole output on stdout, then "exit=N" with the command's exit status; exit 3 when
an expectation times out (so a hang shows as a failure, not a stuck build).
"""
import fcntl, os, pty, select, struct, sys, termios, time

def main():
    timeout = float(sys.argv[1])
    steps = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[2], sys.argv[2:])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = bytearray()
    deadline = time.time() + timeout

    def pump(wait):
        r, _, _ = select.select([fd], [], [], wait)
        if fd in r:
            try:
                data = os.read(fd, 4096)
            except OSError:
                return False
            if not data:
                return False
            seen.extend(data)
        return True

    mark = 0
    for step in steps:
        kind, _, text = step.partition(" ")
        if kind == "expect":
            want = text.encode()
            while seen.find(want, mark) < 0:
                if time.time() > deadline or not pump(0.2) and seen.find(want, mark) < 0:
                    sys.stdout.write(seen.decode("utf-8", "replace"))
                    sys.stdout.write("\ntimeout waiting for %r\n" % text)
                    os.kill(pid, 9)
                    sys.exit(3)
            mark = seen.find(want, mark) + len(want)
        elif kind == "send":
            os.write(fd, text.encode() + b"\r")
        elif kind == "eof":
            os.write(fd, b"\x04")
    while time.time() < deadline and pump(0.2):
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(seen.decode("utf-8", "replace"))
    sys.stdout.write("\nexit=%d\n" % (os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128))

main()
