"""Runs a command in a pseudo-terminal and answers its prompts.

Usage: pty-drive.py '<json: {"argv": [...], "cwd": "...", "steps": [[wait_for, keys], ...]}>'
Each step waits (up to 30 s) until `wait_for` appears in the output since the previous step,
then sends `keys`. Prints the whole output (ANSI escapes removed) and exits with the child's status.
"""
import json, os, pty, re, select, sys, time

spec = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.chdir(spec["cwd"])
    os.execvp(spec["argv"][0], spec["argv"])

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-B]|\x1b[=>]")
raw = b""
seen = 0

def read(timeout):
    global raw
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return False
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return None
    if not chunk:
        return None
    raw += chunk
    return True

def text():
    return ANSI.sub("", raw.decode("utf-8", "replace"))

for wait_for, keys in spec["steps"]:
    deadline = time.time() + 30
    while wait_for not in text()[seen:]:
        if time.time() > deadline or read(0.2) is None:
            sys.stdout.write(text())
            sys.stderr.write("timed out waiting for %r\n" % wait_for)
            sys.exit(99)
    seen = text().index(wait_for, seen) + len(wait_for)
    time.sleep(0.3)
    os.write(fd, keys.encode("utf-8"))

deadline = time.time() + 30
while time.time() < deadline and read(0.2) is not None:
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(text())
sys.exit(os.waitstatus_to_exitcode(status))
