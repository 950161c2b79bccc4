#!/usr/bin/env python3
"""Stand-in for the framework's agents/pydantic_ai/cli.py (RUNNERS.md): the
same arguments, project discovery, exit codes and WORKER_OUTPUT_JSON block."""
import argparse
import datetime
import json
import os
import sys

WORKERS = ["analyzer", "architect", "backend", "designer", "devops", "frontend", "researcher", "test"]


def find_project(start):
    d = os.path.abspath(start)
    while True:
        if os.path.isdir(os.path.join(d, "Docs", "hive-mind")) and os.path.isdir(os.path.join(d, ".claude")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("worker", choices=WORKERS)
    parser.add_argument("--session", required=True)
    parser.add_argument("--task", default="")
    parser.add_argument("--model", default="")
    parser.add_argument("--setup", action="store_true")
    parser.add_argument("--output", action="store_true")
    args = parser.parse_args()
    if not args.setup and not args.output:
        print("Direct analysis mode is not supported", file=sys.stderr)
        return 1
    project = find_project(os.getcwd())
    if project is None:
        raise RuntimeError("project root not found")
    session_dir = os.path.join(project, "Docs", "hive-mind", "sessions", args.session)
    if not os.path.isdir(session_dir):
        raise FileNotFoundError(session_dir)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    agent = args.worker + "-worker"
    with open(os.path.join(session_dir, "EVENTS.jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps({"timestamp": now, "type": "worker_spawned", "agent": agent,
                            "details": "setup \U0001F680"}) + "\n")
    print("Setting up %s ✅" % agent)
    out = {"worker": agent, "session_id": args.session, "timestamp": now, "status": "completed",
           "task": args.task, "mode": "setup" if args.setup else "output",
           "summary": {"key_findings": ["a } brace in a string"], "critical_issues": [], "recommendations": []},
           "analysis": {}, "metrics": {"items_analyzed": 0, "issues_found": 0, "severity_breakdown": {}},
           "dependencies": {"requires": [], "blocks": [], "handoffs": []},
           "files_examined": [], "files_modified": [], "next_actions": []}
    print("WORKER_OUTPUT_JSON:")
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
