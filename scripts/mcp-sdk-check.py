#!/usr/bin/env python3
"""Signpost as an MCP server, checked with the official MCP Python SDK (PyPI `mcp`).

The SDK's stdio client starts `signpost serve --directory Directory` exactly as an MCP host
does (a minimal environment, no working-folder assumptions beyond the paths given), runs the
handshake, lists the tools, calls each tool, reads resources, and checks the answers: the
structured content is validated by the SDK itself against each tool's outputSchema.

    swift build && python3 -m pip install mcp && scripts/mcp-sdk-check.py [--signpost PATH]
"""
import argparse
import asyncio
import json
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TOOLS = {"match_services", "search_services", "get_service", "list_parishes", "parish_service_list", "gap_findings"}
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL: " + what, file=sys.stderr)


def text_of(result):
    return "\n".join(c.text for c in result.content if getattr(c, "type", "") == "text")


async def run(binary, directory):
    params = StdioServerParameters(command=binary, args=["serve", "--directory", directory], cwd=ROOT)
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            check(init.protocol_version in ("2025-11-25", "2025-06-18"), f"negotiated version {init.protocol_version}")
            check(init.server_info.name == "signpost", "server name")
            check(init.capabilities.tools is not None and init.capabilities.resources is not None, "capabilities")
            await session.send_ping()

            listed = await session.list_tools()
            names = {t.name for t in listed.tools}
            check(TOOLS <= names, f"tools listed: {sorted(names)}")
            for tool in listed.tools:
                check(tool.input_schema.get("type") == "object", f"{tool.name}: inputSchema is an object schema")
                check(tool.output_schema is not None, f"{tool.name}: has an outputSchema")
                check(len(tool.description or "") > 80, f"{tool.name}: a description a model can use")

            # Each tool, called as a model would (the SDK validates structuredContent).
            match = await session.call_tool(
                "match_services",
                {"parish": "Otford", "age": 85, "needs": ["can't get to the shops"], "circumstances": ["no-car", "limited-mobility"]})
            check(not match.is_error, "match_services succeeds")
            ids = [m["service"]["id"] for m in match.structured_content["matches"]]
            check("dial-a-ride" in ids, f"match_services finds Dial a Ride: {ids}")
            check("Dial a Ride" in text_of(match) and "01892 530330" in text_of(match), "match_services text has name and phone")

            search = await session.call_tool("search_services", {"need": "transport", "parish": "Edenbridge", "limit": 5})
            check(not search.is_error and search.structured_content["total"] >= 1, "search_services finds transport")
            check("dial-a-ride" in text_of(search), "search_services text lists ids")

            service = await session.call_tool("get_service", {"id": "dial-a-ride"})
            check(not service.is_error and service.structured_content["id"] == "dial-a-ride", "get_service")
            check("01892 530330" in text_of(service), "get_service text has the phone")

            parishes = await session.call_tool("list_parishes", {})
            check(not parishes.is_error and len(parishes.structured_content["parishes"]) >= 20, "list_parishes")
            check("Edenbridge" in text_of(parishes), "list_parishes text names parishes")

            printed = await session.call_tool("parish_service_list", {"parish": "Cowden", "themes": ["getting-about"]})
            check(not printed.is_error and text_of(printed).startswith("Local support for people in Cowden"), "parish_service_list text")

            gaps = await session.call_tool("gap_findings", {"domain": "transport", "limit": 3})
            check(not gaps.is_error and len(gaps.structured_content["gaps"]) <= 3, "gap_findings limited")
            check(gaps.structured_content["totalGaps"] >= len(gaps.structured_content["gaps"]), "gap_findings total")

            # A tool error is a result the model reads; an unknown tool is a protocol error.
            wrong = await session.call_tool("match_services", {"parish": "Edenbrige", "needs": ["lonely"]})
            check(wrong.is_error and "Edenbridge" in text_of(wrong), "a tool error suggests the right parish")
            bad_argument = await session.call_tool("get_service", {"id": "dial-a-ride", "shape": "oruk"})
            check(bad_argument.is_error and "unknown argument" in text_of(bad_argument), "an unknown argument is a tool error")
            try:
                await session.call_tool("no_such_tool", {})
                check(False, "an unknown tool must be a protocol error")
            except Exception as error:  # the SDK raises MCPError
                check("Unknown tool" in str(error), f"unknown tool error: {error}")

            resources = await session.list_resources()
            uris = {str(r.uri) for r in resources.resources}
            check("signpost://needs" in uris and "signpost://directory/provenance" in uris, "resources listed")
            check("signpost://parishes/otford/service-list" in uris, "a parish list resource")
            read = await session.read_resource("signpost://parishes/otford/service-list")
            check(read.contents[0].text.startswith("Local support for people in Otford"), "reading a parish list")
            needs = json.loads((await session.read_resource("signpost://needs")).contents[0].text)
            check(any(n["id"] == "transport" for n in needs["needs"]), "the taxonomy resource")
            provenance = json.loads((await session.read_resource("signpost://directory/provenance")).contents[0].text)
            check(provenance["directory"]["services"] == len(provenance["services"]), "the provenance resource")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signpost", default=os.path.join(ROOT, ".build", "debug", "signpost"))
    parser.add_argument("--directory", default="Directory")
    args = parser.parse_args()
    asyncio.run(run(os.path.abspath(args.signpost), args.directory))
    if failures:
        print(f"mcp-sdk-check: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("mcp-sdk-check: the MCP Python SDK handshake, every tool and the resources work")
    return 0


if __name__ == "__main__":
    sys.exit(main())
