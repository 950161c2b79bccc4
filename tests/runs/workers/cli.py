#!/usr/bin/env python3
"""Stand-in for the framework's agents/pydantic_ai/cli.py, 2025-09-13
generation (docs/FORMAT.md "the three-phase worker lifecycle", "CLI arguments,
stdout, exit codes"). Same arguments, project discovery, events (compact,
ASCII, key order timestamp/level/type/agent/details), DEBUG lines, template
copy, exit codes and WORKER_OUTPUT_JSON: block; no model call.

Test knobs (environment): SI_CLI_FAIL=setup|output makes that phase fail
the way a Python exception does (traceback, exit 1)."""
import argparse
import datetime
import json
import os
import sys
import traceback

WORKERS = ["analyzer", "architect", "backend", "designer", "devops", "frontend", "researcher", "test"]
FOCUS = {"devops": ["infrastructure", "deployment", "monitoring", "automation"],
         "backend": ["api_design", "database_schema", "security", "performance"]}
REQUIRED_DIRS = ["", "workers", "workers/json", "workers/prompts", "workers/notes"]
REQUIRED_FILES = ["EVENTS.jsonl", "BACKLOG.jsonl", "DEBUG.jsonl", "SESSION.md"]


def iso_now():  # shared/tools.py iso_now()
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def detect_project_root(start):  # SessionManagement.detect_project_root()
    d = os.path.abspath(start)
    while True:
        if os.path.isdir(os.path.join(d, "Docs", "hive-mind")) and os.path.isdir(os.path.join(d, ".claude")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            raise RuntimeError("Could not find project root (a folder holding Docs/hive-mind and .claude)")
        d = parent


class Worker:
    def __init__(self, name, session_id, model):
        self.name = name
        self.worker_type = name + "-worker"
        self.display = name.capitalize() + " Worker"
        self.session_id = session_id
        self.model = model
        self.root = detect_project_root(os.getcwd())  # uncaught when absent: exit 1
        self.session = os.path.join(self.root, "Docs", "hive-mind", "sessions", session_id)

    def _append(self, name, obj):  # append_to_events()/append_to_debug(): no flock, no fsync
        with open(os.path.join(self.session, name), "a") as f:
            f.write(json.dumps(obj, separators=(",", ":")) + "\n")

    def log_event(self, type_, details, level="INFO"):
        self._append("EVENTS.jsonl", {"timestamp": iso_now(), "level": level, "type": type_,
                                      "agent": self.worker_type, "details": details})

    def log_debug(self, message, level="DEBUG", details=None):
        self._append("DEBUG.jsonl", {"timestamp": iso_now(), "level": level, "agent": self.worker_type,
                                     "message": message, "details": details})

    def ensure_session_exists(self):
        import re
        if not re.match(r"^[a-zA-Z0-9\-_]+$", self.session_id):
            raise ValueError("Invalid session id: " + self.session_id)
        for d in REQUIRED_DIRS:
            if not os.path.isdir(os.path.join(self.session, d)):
                raise FileNotFoundError("Required session directory missing: " + os.path.join(self.session, d))
        for f in REQUIRED_FILES:
            if not os.path.isfile(os.path.join(self.session, f)):
                raise FileNotFoundError("Required session file missing: " + os.path.join(self.session, f))

    def validate(self):
        try:
            self.ensure_session_exists()
            self.log_debug("Session validation successful")
        except Exception as e:
            if os.path.isdir(self.session):
                self.log_debug("Session validation failed", "ERROR", {"error": str(e)})
            raise

    def notes_path(self):
        return os.path.join(self.session, "workers", "notes", self.name + "_notes.md")

    def json_path(self):
        return os.path.join(self.session, "workers", "json", self.name + "_output.json")

    def output(self, config):
        return {"worker": self.worker_type, "session_id": self.session_id, "timestamp": iso_now(),
                "status": "completed",
                "summary": {"key_findings": ["a } brace in a string"], "critical_issues": [], "recommendations": []},
                "analysis": {}, "metrics": {"items_analyzed": 0, "issues_found": 0, "severity_breakdown": {}},
                "dependencies": {"requires": [], "blocks": [], "handoffs": []},
                "files_examined": [], "files_modified": [], "next_actions": [], "notes_markdown": "",
                "config": config}

    def run_setup_phase(self, task):
        details = {"worker": self.worker_type, "task": task or "phase-based-execution",
                   "focus_areas": FOCUS.get(self.name, ["analysis"]), "phase": "setup"}
        if os.path.isdir(self.session):  # logged before validation
            self.log_event("worker_spawned", details)
        self.validate()
        if os.environ.get("SI_CLI_FAIL") == "setup":
            raise RuntimeError("stand-in told to fail in setup")
        prompt_rel = "Docs/hive-mind/sessions/%s/workers/prompts/%s.prompt" % (self.session_id, self.worker_type)
        queen_prompt = ""
        try:
            with open(os.path.join(self.root, prompt_rel), encoding="utf-8") as f:
                queen_prompt = f.read()
            self.log_event("prompt_file_read", {"status": "success", "file": prompt_rel, "worker": self.worker_type})
        except OSError:
            self.log_debug("Failed to read prompt file for " + self.worker_type, "WARNING",
                           {"error": "Protocol violation: Worker prompt file must exist at " + prompt_rel})
        templates = os.path.join(self.root, ".claude", "agents", "pydantic_ai", self.name, "templates")
        now = datetime.datetime.now().isoformat()
        with open(os.path.join(templates, self.name + "_notes_template.md"), encoding="utf-8") as f:
            notes = f.read().replace("{{TIMESTAMP}}", now)
        with open(os.path.join(templates, self.name + "_output_template.json"), encoding="utf-8") as f:
            out = f.read().replace("{{SESSION_ID}}", self.session_id).replace("{{TIMESTAMP}}", now) \
                .replace("{{DURATION}}", "TBD")
        with open(self.notes_path(), "w", encoding="utf-8") as f:  # overwrites: setup twice wipes phase 2
            f.write(notes)
        with open(self.json_path(), "w", encoding="utf-8") as f:
            f.write(out)
        self.log_event("setup_completed", {"task": "Phase 1: Setup & Context Loading", "worker": self.worker_type})
        print("%s setup phase completed successfully" % self.display)
        return self.output({"queen_prompt": queen_prompt,
                            "template_files_created": {"notes_file": self.notes_path(), "json_file": self.json_path()}})

    def run_output_phase(self):
        self.validate()
        if os.environ.get("SI_CLI_FAIL") == "output":
            raise RuntimeError("stand-in told to fail in output")
        if not os.path.exists(self.notes_path()):
            self.log_debug("Notes file not found: " + self.notes_path(), "WARNING", {})
        if not os.path.exists(self.json_path()):
            self.log_debug("JSON output file not found: " + self.json_path(), "WARNING", {})
        self.log_debug("Analysis file validation completed")
        self.log_event("outputs_completed", {"validation_status": "completed"})
        print("%s output validation completed successfully" % self.display)
        return self.output({})


def main():
    parser = argparse.ArgumentParser(description="Hive-mind worker CLI (stand-in)")
    parser.add_argument("worker", nargs="?", choices=WORKERS)
    parser.add_argument("--session", required=True)
    parser.add_argument("--task")
    parser.add_argument("--model", default="custom:max-subscription")
    phase = parser.add_mutually_exclusive_group()
    phase.add_argument("--setup", action="store_true")
    phase.add_argument("--output", action="store_true")
    args = parser.parse_args()  # argparse errors exit 2
    if not args.worker:
        parser.print_help()
        return 1
    if not args.setup and not args.output:
        if not args.task:
            print("❌ Error: --task is required when not using --setup or --output phases")
        else:
            print("❌ Error: Direct analysis mode is not supported. Use --setup or --output phases.")
        return 1
    worker = Worker(args.worker, args.session, args.model)
    try:
        result = worker.run_setup_phase(args.task) if args.setup else worker.run_output_phase()
    except Exception as e:
        print("%s failed: %s" % (worker.display, e))
        print("Full traceback:")
        traceback.print_exc()
        return 1
    print("WORKER_OUTPUT_JSON:")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
