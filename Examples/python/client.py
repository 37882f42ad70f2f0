#!/usr/bin/env python3
"""A small Signpost protocol client using only Python's standard library.

Starts `signpost serve`, asks for server.info, runs one match and prints the ranked services.

    python3 Examples/python/client.py                       # uses .build/debug/signpost, or `swift run`
    python3 Examples/python/client.py --signpost PATH       # a built binary
    python3 Examples/python/client.py --parish Edenbridge --age 50 --needs "overweight, want to lose weight"
"""
import argparse
import json
import os
import subprocess
import sys


class SignpostClient:
    """One `signpost serve` child process, spoken to one JSON line at a time."""

    def __init__(self, command, cwd=None):
        self.process = subprocess.Popen(
            command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        self.next_id = 1

    def call(self, method, params=None):
        request = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            request["params"] = params
        self.next_id += 1
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("signpost serve closed the connection")
        response = json.loads(line)
        if response.get("id") != request["id"]:
            raise RuntimeError(f"response for the wrong request: {response}")
        if "error" in response:
            error = response["error"]
            raise RuntimeError(f"{method} failed ({error['code']}): {error['message']}")
        return response["result"]

    def close(self):
        try:
            self.call("shutdown")
        finally:
            self.process.stdin.close()
            self.process.wait(timeout=10)


def default_command(root):
    built = os.path.join(root, ".build", "debug", "signpost")
    if os.access(built, os.X_OK):
        return [built, "serve"]
    return ["swift", "run", "--skip-build", "signpost", "serve"] if os.path.isdir(os.path.join(root, ".build")) else ["swift", "run", "signpost", "serve"]


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--signpost", help="path to a built signpost binary")
    parser.add_argument("--parish", default="Sevenoaks")
    parser.add_argument("--age", type=int, default=74)
    parser.add_argument("--needs", default="lonely since my husband died, had a fall last month")
    parser.add_argument("--circumstances", default="lives-alone,no-car")
    args = parser.parse_args()

    command = [args.signpost, "serve"] if args.signpost else default_command(root)
    client = SignpostClient(command, cwd=root)
    try:
        info = client.call("server.info")
        print(f"Signpost {info['signpostVersion']} (protocol {info['protocolVersion']}): "
              f"{info['directory']['services']} services, {info['directory']['parishes']} parishes")
        result = client.call("match", {
            "parish": args.parish,
            "age": args.age,
            "needs": [n.strip() for n in args.needs.split(",") if n.strip()],
            "circumstances": [c.strip() for c in args.circumstances.split(",") if c.strip()],
            "limit": 5,
        })
        needs = ", ".join(n["label"] for n in result["interpreted"]["needs"])
        print(f"Needs understood: {needs}")
        for match in result["matches"]:
            service = match["service"]
            phone = service.get("phone", "no phone listed")
            print(f"{match['rank']}. {service['name']} ({phone})")
            # Each reason names the rule that gave it; the text is what a person reads.
            print(f"   {' '.join(reason['text'] for reason in match['reasons'][:3])}")
        if result["unmet"]:
            print("Not covered: " + ", ".join(n["label"] for n in result["unmet"]))
        if not result["matches"]:
            print("No services matched.", file=sys.stderr)
            return 1
    finally:
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
