#!/usr/bin/env python3
"""Scripted local stand-in for the Anthropic Messages API, for running the
real Claude Code CLI (`claude -p ... --output-format stream-json`) offline.

Standard library only. See CLAUDE_STUB.md beside this file.

Usage:
    claude_stub.py --port 0 --script turns.json --log requests.jsonl [--mode ok|auth_error|overloaded]

The first stdout line is always "PORT <n>" (flushed), then the server runs
until SIGTERM/SIGINT, until it has been idle for --idle-timeout seconds, or
(with --exit-after-script) shortly after the last scripted turn was served.

Script file (JSON): either a list of turns or {"turns": [...], "mode": "..."}.
Each turn is one assistant message for one main-conversation request:
    {"text": "final words"}
    {"tool_use": {"name": "Bash", "input": {"command": "echo hi"}}}
    {"tool_use": [{...}, {...}]}                 several tool calls in one message
    {"text": "Let me look.", "tool_use": {...}}   text block then tool block(s)
    {"error": {"status": 500, "type": "api_error", "message": "boom"}}
Optional per turn: "usage": {"input_tokens": .., "output_tokens": ..,
"cache_creation_input_tokens": .., "cache_read_input_tokens": ..},
"stop_reason": "...", "delay": seconds before answering (e.g. to test cancel).
In any string of a tool input, "{{cwd}}" is replaced by the working
directory Claude Code reports in the request ("Primary working directory:"
in its system prompt; Write/Edit/Read need absolute paths).
When the script is exhausted every further main request gets the text
"(stub: script exhausted)".

Requests that are not part of the main conversation (title/topic generation,
quota probes, summaries, ...: anything sent without tools) get a short text
reply and do not consume a turn. Every request is appended to --log as one
JSON object per line: {"seq", "time", "method", "path", "query", "kind",
"turn", "headers", "body"}.
"""

import argparse
import json
import os
import re
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

LOGGED_HEADERS = (
    "user-agent", "x-api-key", "authorization", "anthropic-version",
    "anthropic-beta", "x-app", "content-type", "accept",
)


class StubState:
    def __init__(self, turns, mode, log_path, exit_after_script):
        self.turns = turns
        self.mode = mode
        self.log_path = log_path
        self.exit_after_script = exit_after_script
        self.lock = threading.Lock()
        self.next_turn = 0
        self.seq = 0
        self.msg_counter = 0
        self.tool_counter = 0
        self.last_activity = time.monotonic()
        self.cwd = None
        self.script_done_at = None

    def log(self, record):
        with self.lock:
            self.seq += 1
            record["seq"] = self.seq
            if self.log_path:
                with open(self.log_path, "a", encoding="utf-8") as f:
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")

    def take_turn(self):
        with self.lock:
            i = self.next_turn
            self.next_turn += 1
            if i >= len(self.turns):
                return i, None
            if i == len(self.turns) - 1:
                self.script_done_at = time.monotonic()
            return i, self.turns[i]

    def new_ids(self, n_tools):
        with self.lock:
            self.msg_counter += 1
            mid = "msg_stub_%04d" % self.msg_counter
            tids = []
            for _ in range(n_tools):
                self.tool_counter += 1
                tids.append("toolu_stub_%04d" % self.tool_counter)
            return mid, tids


def system_text(body):
    s = body.get("system")
    if isinstance(s, str):
        return s
    if isinstance(s, list):
        return "\n".join(b.get("text", "") for b in s if isinstance(b, dict))
    return ""


def all_text(body):
    """System prompt plus every text block of the messages (for cwd lookup)."""
    parts = [system_text(body)]
    for m in body.get("messages") or []:
        c = m.get("content")
        if isinstance(c, str):
            parts.append(c)
        elif isinstance(c, list):
            for b in c:
                if isinstance(b, dict) and b.get("type") == "text":
                    parts.append(b.get("text", ""))
    return "\n".join(parts)


CWD_RE = re.compile(r"(?:Primary working directory|Working directory):[ \t]*([^\n]+)")


def classify(body):
    tools = body.get("tools")
    if isinstance(tools, list) and len(tools) > 0:
        return "main"
    return "side"


def estimate_tokens(obj):
    return max(1, len(json.dumps(obj, ensure_ascii=False)) // 4)


def substitute(value, cwd):
    if isinstance(value, str):
        if cwd:
            value = value.replace("{{cwd}}", cwd)
        return value
    if isinstance(value, list):
        return [substitute(v, cwd) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, cwd) for k, v in value.items()}
    return value


def chunks(s, n):
    if s == "":
        return [""]
    return [s[i:i + n] for i in range(0, len(s), n)]


class Handler(BaseHTTPRequestHandler):
    server_version = "claude-stub/1"
    protocol_version = "HTTP/1.1"

    # Quiet default logging; everything goes to the JSONL log.
    def log_message(self, fmt, *args):
        pass

    @property
    def state(self):
        return self.server.state

    def _read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n > 0 else b""
        try:
            return json.loads(raw.decode("utf-8")) if raw else None
        except ValueError:
            return {"_raw": raw.decode("utf-8", "replace")}

    def _record(self, kind, body, turn=None):
        u = urlsplit(self.path)
        self.state.last_activity = time.monotonic()
        self.state.log({
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()),
            "method": self.command,
            "path": u.path,
            "query": u.query,
            "kind": kind,
            "turn": turn,
            "headers": {k: self.headers.get(k) for k in LOGGED_HEADERS
                        if self.headers.get(k) is not None},
            "body": body,
        })

    def _send_json(self, status, obj, extra_headers=None):
        data = json.dumps(obj).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("request-id", "req_stub_%d" % self.state.seq)
        for k, v in (extra_headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _send_error(self, status, etype, message):
        self._send_json(status, {"type": "error",
                                 "error": {"type": etype, "message": message}},
                        {"x-should-retry": "false"} if status in (400, 401, 403, 404) else None)

    # ---- probes -------------------------------------------------------
    def do_HEAD(self):
        self._record("probe", None)
        self._send_json(200, {})

    def do_GET(self):
        self._record("probe", None)
        self._send_json(200, {})

    def do_OPTIONS(self):
        self._record("probe", None)
        self._send_json(200, {})

    # ---- API ----------------------------------------------------------
    def do_POST(self):
        body = self._read_body()
        path = urlsplit(self.path).path.rstrip("/")
        mode = self.state.mode

        if path.endswith("/v1/messages/count_tokens"):
            self._record("count_tokens", body)
            if mode == "auth_error":
                return self._send_error(401, "authentication_error", "invalid x-api-key")
            return self._send_json(200, {"input_tokens": estimate_tokens(body or {})})

        if not path.endswith("/v1/messages"):
            self._record("other", body)
            return self._send_json(200, {})

        body = body if isinstance(body, dict) else {}
        kind = classify(body)
        if kind == "main":
            m = CWD_RE.search(all_text(body))
            if m:
                self.state.cwd = m.group(1).strip()

        if mode == "auth_error":
            self._record(kind, body)
            return self._send_error(401, "authentication_error", "invalid x-api-key")
        if mode == "overloaded":
            self._record(kind, body)
            return self._send_error(529, "overloaded_error", "Overloaded")

        if kind != "main":
            self._record(kind, body)
            return self._answer(body, [{"type": "text", "text": side_reply(body)}],
                                "end_turn", None)

        idx, turn = self.take_turn_logged(body)
        if turn is None:
            return self._answer(body, [{"type": "text", "text": "(stub: script exhausted)"}],
                                "end_turn", None)
        if turn.get("delay"):
            time.sleep(float(turn["delay"]))
        if "error" in turn:
            e = turn["error"]
            return self._send_error(int(e.get("status", 500)), e.get("type", "api_error"),
                                    e.get("message", "stub error"))
        blocks = []
        if turn.get("text") is not None:
            blocks.append({"type": "text", "text": str(turn["text"])})
        tus = turn.get("tool_use")
        if isinstance(tus, dict):
            tus = [tus]
        for tu in tus or []:
            blocks.append({"type": "tool_use", "name": tu["name"],
                           "input": substitute(tu.get("input", {}), self.state.cwd),
                           "id": tu.get("id")})
        if not blocks:
            blocks.append({"type": "text", "text": ""})
        stop = turn.get("stop_reason") or ("tool_use" if tus else "end_turn")
        return self._answer(body, blocks, stop, turn.get("usage"))

    def take_turn_logged(self, body):
        idx, turn = self.state.take_turn()
        self._record("main", body, idx)
        return idx, turn

    def _answer(self, body, blocks, stop_reason, usage_override):
        n_tools = sum(1 for b in blocks if b["type"] == "tool_use")
        mid, tids = self.state.new_ids(n_tools)
        ti = iter(tids)
        for b in blocks:
            if b["type"] == "tool_use" and not b.get("id"):
                b["id"] = next(ti)
        usage = {
            "input_tokens": estimate_tokens(body.get("messages", [])),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "output_tokens": sum(estimate_tokens(b.get("text") or b.get("input")) for b in blocks),
        }
        if usage_override:
            usage.update(usage_override)
        model = body.get("model") or "claude-stub"
        if body.get("stream"):
            return self._stream(mid, model, blocks, stop_reason, usage)
        content = []
        for b in blocks:
            if b["type"] == "text":
                content.append({"type": "text", "text": b["text"]})
            else:
                content.append({"type": "tool_use", "id": b["id"], "name": b["name"],
                                "input": b["input"]})
        return self._send_json(200, {
            "id": mid, "type": "message", "role": "assistant", "model": model,
            "content": content, "stop_reason": stop_reason, "stop_sequence": None,
            "usage": usage,
        })

    def _event(self, name, data):
        payload = ("event: %s\ndata: %s\n\n" % (name, json.dumps(data))).encode("utf-8")
        self.wfile.write(b"%x\r\n%s\r\n" % (len(payload), payload))
        self.wfile.flush()

    def _stream(self, mid, model, blocks, stop_reason, usage):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("request-id", "req_stub_%d" % self.state.seq)
        self.end_headers()
        start_usage = dict(usage)
        start_usage["output_tokens"] = 1
        self._event("message_start", {"type": "message_start", "message": {
            "id": mid, "type": "message", "role": "assistant", "model": model,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": start_usage}})
        self._event("ping", {"type": "ping"})
        for i, b in enumerate(blocks):
            if b["type"] == "text":
                self._event("content_block_start", {"type": "content_block_start", "index": i,
                                                    "content_block": {"type": "text", "text": ""}})
                for piece in chunks(b["text"], 40):
                    self._event("content_block_delta", {"type": "content_block_delta", "index": i,
                                                        "delta": {"type": "text_delta", "text": piece}})
            else:
                self._event("content_block_start", {"type": "content_block_start", "index": i,
                                                    "content_block": {"type": "tool_use", "id": b["id"],
                                                                      "name": b["name"], "input": {}}})
                for piece in chunks(json.dumps(b["input"]), 40):
                    self._event("content_block_delta", {"type": "content_block_delta", "index": i,
                                                        "delta": {"type": "input_json_delta",
                                                                  "partial_json": piece}})
            self._event("content_block_stop", {"type": "content_block_stop", "index": i})
        self._event("message_delta", {"type": "message_delta",
                                      "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                                      "usage": {"output_tokens": usage["output_tokens"]}})
        self._event("message_stop", {"type": "message_stop"})
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def side_reply(body):
    """Short, plausible answers for Claude Code's side requests."""
    sys_txt = system_text(body).lower()
    want_json = "json" in sys_txt
    if "title" in sys_txt or "topic" in sys_txt:
        if not want_json:
            return "Stub session"
        if "isnewtopic" in sys_txt:
            return json.dumps({"isNewTopic": False, "title": "Stub session"})
        return json.dumps({"title": "Stub session"})
    if want_json:
        return "{}"
    return "OK"


def load_script(path):
    if not path:
        return [], None
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, dict):
        return list(data.get("turns", [])), data.get("mode")
    return list(data), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=0, help="0 = pick a free port")
    ap.add_argument("--script", help="JSON script of assistant turns")
    ap.add_argument("--log", help="append every request as a JSON line here")
    ap.add_argument("--mode", choices=["ok", "auth_error", "overloaded"], default=None,
                    help="auth_error: every /v1/messages gets HTTP 401; overloaded: HTTP 529")
    ap.add_argument("--idle-timeout", type=float, default=300.0,
                    help="exit after this many seconds without a request (0 = never)")
    ap.add_argument("--exit-after-script", type=float, default=None, metavar="SECONDS",
                    help="exit this many seconds after the last scripted turn was served")
    args = ap.parse_args()

    turns, script_mode = load_script(args.script)
    mode = args.mode or script_mode or "ok"
    if args.log:
        open(args.log, "a").close()
    state = StubState(turns, mode, args.log, args.exit_after_script)

    httpd = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    httpd.daemon_threads = True
    httpd.state = state
    print("PORT %d" % httpd.server_address[1], flush=True)

    def stop(*_):
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    def watchdog():
        while True:
            time.sleep(0.5)
            now = time.monotonic()
            if args.idle_timeout and now - state.last_activity > args.idle_timeout:
                print("stub: idle timeout", file=sys.stderr, flush=True)
                return stop()
            if (state.exit_after_script is not None and state.script_done_at is not None
                    and now - max(state.script_done_at, state.last_activity) > state.exit_after_script):
                return stop()

    threading.Thread(target=watchdog, daemon=True).start()
    try:
        httpd.serve_forever(poll_interval=0.2)
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
