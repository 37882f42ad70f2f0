#!/usr/bin/env python3
"""Hostile-input checks against a real `signpost serve`, one per defect of issue 13, and more.

Each check starts its own server (over pipes, with time limits: a hang is a failure, not a stuck
run) and attacks one way: file parameters that leave the folder, FIFOs where files should be, a
closed stderr at every log level, ids beyond 2^53, a reload to an emptied Directory, a batch built
to make a huge response, and MCP's reserved error codes. Standard library only.

    swift build && scripts/protocol-torture.py [--signpost .build/debug/signpost]
"""
import argparse
import json
import os
import select
import shutil
import stat
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BINARY = os.path.join(ROOT, ".build", "debug", "signpost")
failures = []
MCP_RESERVED = {-32000, -32001, -32002} | set(range(-32099, -32019))


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


class Server:
    def __init__(self, *args, cwd=ROOT, stderr_closed=False, directory=None):
        argv = [BINARY, "serve", "--directory", directory or os.path.join(ROOT, "Directory"), *args]
        if stderr_closed:
            argv = ["/bin/sh", "-c", 'exec "$0" "$@" 2>&-', *argv]
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL if not stderr_closed else None)
        self.buffer = b""

    def send(self, line):
        data = line if isinstance(line, bytes) else line.encode()
        self.proc.stdin.write(data + b"\n")
        self.proc.stdin.flush()

    def raw_line(self, timeout=20):
        deadline = time.time() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.time()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 1 << 20)
            if not chunk:
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def ask(self, line, timeout=20):
        self.send(line)
        raw = self.raw_line(timeout)
        return None if raw is None else json.loads(raw)

    def peak_rss_mib(self):
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for row in f:
                    if row.startswith("VmHWM:"):
                        return int(row.split()[1]) / 1024
        except OSError:
            pass
        return 0

    def close(self, timeout=20):
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        rest = b""
        deadline = time.time() + timeout
        while time.time() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0, deadline - time.time()))
            if not ready:
                break
            chunk = os.read(self.proc.stdout.fileno(), 1 << 20)
            if not chunk:
                break
            rest += chunk
        try:
            code = self.proc.wait(timeout=max(1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            code = None
        return code, self.buffer + rest


def req(id, method, params=None):
    r = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        r["params"] = params
    return json.dumps(r)


def code_of(response):
    return (response or {}).get("error", {}).get("code")


def files_unconfined(tmp):
    """print out "../../x", read-only files, dotfiles, NUL bytes; gaps with reading anything."""
    base = os.path.join(tmp, "files")
    folder = os.path.join(base, "served")
    os.makedirs(os.path.join(folder, "sub"))
    outside = os.path.join(base, "outside.txt")
    open(outside, "w").write("outside-secret-zqx")
    os.symlink(outside, os.path.join(folder, "link.txt"))
    os.symlink(base, os.path.join(folder, "up"))
    readonly = os.path.join(folder, "readonly.txt")
    open(readonly, "w").write("keep")
    os.chmod(readonly, 0o444)

    s = Server()  # default: no file access at all
    check(code_of(s.ask(req(1, "print", {"parish": "Hever", "out": "x.txt"}))) == -32016, "default: print out refused")
    check(code_of(s.ask(req(2, "gaps", {"with": ["/etc/passwd"]}))) == -32016, "default: gaps with refused")
    s.close()

    s = Server("--files", folder)
    for i, out in enumerate(["../../x.txt", "sub/../../x.txt", os.path.join(base, "abs.txt"), ".bashrc", "sub/.profile",
                             "x\u0000.txt", "link.txt", "up/escaped.txt", "readonly.txt", "sub", ""]):
        r = s.ask(req(10 + i, "print", {"parish": "Hever", "out": out}))
        check(code_of(r) == -32016, f"print out {out!r} refused ({code_of(r)})")
    check(open(readonly).read() == "keep", "the read-only file is unchanged")
    check(open(outside).read() == "outside-secret-zqx", "the file outside is unchanged")
    check(sorted(os.listdir(folder)) == ["link.txt", "readonly.txt", "sub", "up"], "nothing new in the folder")
    check(sorted(os.listdir(base)) == ["outside.txt", "served"], "nothing written beside the folder")
    for i, path in enumerate(["/etc/passwd", "../outside.txt", "link.txt", "up/outside.txt", "x\u0000y.json"]):
        r = s.ask(req(30 + i, "gaps", {"with": [path]}))
        check(code_of(r) == -32016 and "outside-secret-zqx" not in json.dumps(r) and "root:" not in json.dumps(r),
              f"gaps with {path!r} refused without echoing contents")
    r = s.ask(req(40, "print", {"parish": "Hever", "out": "sub/hever.txt"}))
    check(r.get("result", {}).get("written") == "sub/hever.txt", "print out inside the folder works")
    check(os.listdir(os.path.join(folder, "sub")) == ["hever.txt"], "no temporary file left behind")
    # A proposed service whose contents carry secrets: the error says where, never what.
    record = json.load(open(os.path.join(ROOT, "Directory", "services", "dial-a-ride.json")))
    record["needs"] = ["zqx-secret-need"]
    record["zqx_secret_key"] = "zqx-secret-value"
    json.dump(record, open(os.path.join(folder, "dial-a-ride.json"), "w"))
    r = s.ask(req(41, "gaps", {"with": ["dial-a-ride.json"]}))
    check(code_of(r) == -32009 and "zqx" not in json.dumps(r), "a broken proposed file is reported without its contents")
    s.close()


def fifos(tmp):
    """A FIFO in gaps' with, and in the Directory on reload, must not hang the server."""
    folder = os.path.join(tmp, "fifo-files")
    os.makedirs(folder)
    os.mkfifo(os.path.join(folder, "proposed.json"))
    s = Server("--files", folder)
    r = s.ask(req(1, "gaps", {"with": ["proposed.json"]}), timeout=10)
    check(code_of(r) == -32016, "gaps with a FIFO: refused at once")
    check(s.ask(req(2, "ping"), timeout=10) is not None, "and the server still answers")
    s.close()

    directory = os.path.join(tmp, "fifo-dir", "Directory")
    shutil.copytree(os.path.join(ROOT, "Directory"), directory)
    s = Server(directory=directory)
    check(s.ask(req(1, "ping")) is not None, "server up")
    os.mkfifo(os.path.join(directory, "services", "zz-fifo.json"))
    r = s.ask(req(2, "directory.reload"), timeout=15)
    findings = (r or {}).get("error", {}).get("data", {}).get("findings", [])
    check(code_of(r) == -32010 and any(f["file"].endswith("services/zz-fifo.json") for f in findings),
          "reload with a FIFO in services/: a located finding, not a hang")
    check(s.ask(req(3, "services.get", {"id": "dial-a-ride"}), timeout=10) is not None, "old data still served")
    s.close()
    code = subprocess.run([BINARY, "validate", "--directory", directory], capture_output=True, timeout=30).returncode
    check(code != 0, "signpost validate reports the FIFO (and returns)")


def closed_stderr():
    """--log-level info/debug with stderr closed: no SIGILL, no backtrace on stdout."""
    for level in ["off", "error", "info", "debug"]:
        s = Server("--log-level", level, stderr_closed=True)
        lines = [req(1, "server.info"), "garbage", req(2, "match", {"parish": "Seal", "needs": ["lonely"]}),
                 req(3, "initialize", {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}),
                 req(4, "directory.reload"), req(5, "nope")]
        for line in lines:
            s.send(line)
        code, rest = s.close()
        out = [l for l in rest.split(b"\n") if l]
        protocol_only = all(json.loads(l).get("jsonrpc") == "2.0" for l in out)
        check(code == 0 and len(out) == 6 and protocol_only, f"stderr closed, --log-level {level}: exit {code}, {len(out)} protocol lines")


def big_ids():
    s = Server()
    for id in ["9007199254740993", "18446744073709551617", "-9007199254740993", "1.50", "1e4", "123456789012345678901234567890"]:
        s.send('{"jsonrpc":"2.0","id":%s,"method":"ping"}' % id)
        raw = s.raw_line()
        check(raw is not None and raw.startswith(b'{"jsonrpc":"2.0","id":' + id.encode() + b","), f"id {id} echoed verbatim")
    s.send('[{"jsonrpc":"2.0","id":9007199254740995,"method":"ping"},{"jsonrpc":"2.0","id":"9007199254740995","method":"ping"},{"jsonrpc":"2.0","id":null,"method":"ping"}]')
    raw = s.raw_line()
    check(raw is not None and b'"id":9007199254740995,' in raw and b'"id":"9007199254740995"' in raw and b'"id":null' in raw, "batch ids echoed verbatim")
    s.close()


def empty_reload(tmp):
    directory = os.path.join(tmp, "empty", "Directory")
    shutil.copytree(os.path.join(ROOT, "Directory"), directory)
    s = Server(directory=directory)
    before = s.ask(req(1, "server.info"))["result"]["directory"]["services"]
    services = os.path.join(directory, "services")
    for name in os.listdir(services):
        os.remove(os.path.join(services, name))
    r = s.ask(req(2, "directory.reload"))
    check(code_of(r) == -32010 and "no services" in r["error"]["message"], "reload to an empty services/ refused, saying why")
    after = s.ask(req(3, "server.info"))["result"]["directory"]["services"]
    check(after == before, f"still serving {after} services")
    s.close()


def huge_batch():
    """One 7 KB batch of 100 gaps made a 65.6 MB line and 167 MiB peak."""
    s = Server()
    batch = "[" + ",".join(req(i, "gaps") for i in range(100)) + "]"
    s.send(batch)
    raw = s.raw_line(timeout=120)
    check(raw is not None and len(raw) <= 16 << 20, f"batch of 100 gaps: a line of {len(raw or b'')} bytes (limit 16 MiB)")
    items = json.loads(raw) if raw else []
    refused = [i for i in items if code_of(i) == -32011 and "maxResponseBytes" in i["error"]["message"]]
    check(len(items) == 100 and refused, f"{len(refused)} of 100 refused with an error naming the limit")
    peak = s.peak_rss_mib()
    check(0 < peak < 120, f"peak RSS {peak:.0f} MiB")
    s.close()
    s = Server("--max-response-bytes", "65536")
    r = s.ask(req(1, "gaps"))
    check(code_of(r) == -32011 and r["id"] == 1, "a single response over --max-response-bytes: -32011 with its id")
    s.close()


def error_codes():
    s = Server()
    bad = [req(1, "match", {"parish": "Edenbrige", "needs": ["x"]}), req(2, "match", {"postcode": "ME14 5PP", "needs": ["x"]}),
           req(3, "services.get", {"id": "nope"}), req(4, "print", {"parish": "Hever", "out": "x"}),
           req(5, "match", {"parish": "Seal", "needs": ["x"], "withoutRules": ["nope"]}),
           req(6, "tools/call", {"name": "match_services", "arguments": {"parish": "Edenbrige", "needs": ["x"]}})]
    codes = [code_of(s.ask(line)) for line in bad]
    check(codes[:2] == [-32014, -32015], f"unknown parish and postcode district: {codes[:2]}")
    check(not any(c in MCP_RESERVED for c in codes if c is not None), f"no code in MCP's reserved set: {codes}")
    s.close()


def garbage():
    s = Server("--max-line-bytes", "4096")
    for line in [b"\xff\xfe", b"[" * 100 + b"]" * 100, b"{" * 5000, b'{"jsonrpc":"2.0","id":1,"method":"ping","id":2}',
                 b"x" * 10000, b"[]", b"[1,2,3]", b'{"jsonrpc":"2.0","id":[1],"method":"ping"}', b"\x00"]:
        s.send(line)
        raw = s.raw_line()
        answer = json.loads(raw) if raw is not None else None
        first = answer[0] if isinstance(answer, list) and answer else answer
        check(isinstance(first, dict) and first.get("jsonrpc") == "2.0" and "error" in first, f"garbage {line[:20]!r}: an error answer")
    check(s.ask(req(99, "ping")) == {"jsonrpc": "2.0", "id": 99, "result": {}}, "still serving after garbage")
    s.close()


def main():
    global BINARY
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signpost", default=BINARY)
    BINARY = os.path.abspath(parser.parse_args().signpost)
    tmp = tempfile.mkdtemp(prefix="signpost-torture-")
    try:
        files_unconfined(tmp)
        fifos(tmp)
        closed_stderr()
        big_ids()
        empty_reload(tmp)
        huge_batch()
        error_codes()
        garbage()
    finally:
        for root, dirs, names in os.walk(tmp):
            for name in names + dirs:
                try:
                    os.chmod(os.path.join(root, name), 0o755, follow_symlinks=False)
                except (OSError, NotImplementedError):
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"protocol-torture: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("protocol-torture: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
