#!/usr/bin/env python3
"""Writes the bundled sample project (resources/sample-project).

Run from the repository root; the output is committed. It is a realistic
session: a queen and four workers (one devops-worker), both JSON writer styles,
Python-repr details, DEBUG lines of every level, notes and responses, and a few
deliberate problems for the doctor and the editors to show:
  - one EVENTS.jsonl line is cut mid-write (invalid JSON);
  - the devops notes lack "### Disaster Recovery" and keep a placeholder;
  - the devops response has an enum violation and a placeholder value.
"""
import json, os, random, shutil
from datetime import datetime, timedelta, timezone

ROOT = "resources/sample-project"
SID = "2025-08-30-14-16-k8s-deploy-audit"
SES = f"{ROOT}/Docs/hive-mind/sessions/{SID}"
random.seed(7)
t0 = datetime(2025, 8, 30, 14, 16, 22, tzinfo=timezone.utc)
now = [t0]

def ts(dt=None):
    return (dt or now[0]).strftime("%Y-%m-%dT%H:%M:%SZ")

def tick(lo=2, hi=25):
    now[0] += timedelta(seconds=random.randint(lo, hi))

events, debug = [], []

def ev(type_, agent, details, status=None, spaced=None):
    if spaced is None:
        spaced = agent in ("queen", "devops-worker", "test-worker")
    d = {"timestamp": ts(), "type": type_, "agent": agent, "details": details}
    if status:
        d["status"] = status
    events.append(json.dumps(d, ensure_ascii=False, separators=((", ", ": ") if spaced else (",", ":"))))
    tick()

def dbg(level, agent, message, context=None):
    d = {"timestamp": ts(), "level": level, "agent": agent, "message": message}
    if context is not None:
        d["context"] = context
    debug.append(json.dumps(d, ensure_ascii=False))

workers = {
    "devops-worker": ("k8s/, helm/ and the CI pipeline", ["scan", "review", "audit"], ["k8s/deployment.yaml", "helm/values.yaml", ".github/workflows/deploy.yml", "terraform/eks.tf"]),
    "backend-worker": ("API health checks and readiness probes", ["analyze", "review"], ["src/api/health.py", "src/api/server.py", "src/db/pool.py"]),
    "test-worker": ("smoke tests for the rollout", ["run", "review"], ["tests/smoke/test_rollout.py", "tests/e2e/test_login.py"]),
    "frontend-worker": ("static asset caching behind the ingress", ["scan", "analyze"], ["web/nginx.conf", "web/src/sw.js"]),
}

ev("queen_spawned", "queen", "Queen orchestrator started")
dbg("INFO", "queen", "Session ID extracted", {"source": "prompt", "session_id": SID})
ev("session_created", "queen", {"session_id_source": "prompt", "path": f"Docs/hive-mind/sessions/{SID}"})
ev("workers_planned", "queen", str({"workers": list(workers), "strategy": "parallel"}))
dbg("DECISION", "queen", "Four workers in parallel: infra, API, tests and frontend are independent", {"workers": 4})
ev("tasks_assigned", "queen", {"devops-worker": "audit k8s deployment", "backend-worker": "health probes", "test-worker": "smoke tests", "frontend-worker": "asset caching"})
for w, (focus, actions, files) in workers.items():
    ev("worker_spawned", w, f"Spawned for {SID}")
    dbg("INFO", w, "Worker started", {"focus": focus})
for w in workers:
    ev("worker_configured", w, {"timeout": 3600, "focus_areas": workers[w][0]})
    dbg("COMPLIANCE", w, "Startup and configuration logged", {"protocol": "startup_protocol"})
ev("workers_deployed", "queen", "All 4 workers deployed")
for w in workers:
    ev("analysis_started", w, "Beginning domain analysis", "in_progress")

progress = []
for w, (focus, actions, files) in workers.items():
    for k in range(18):
        progress.append((w, actions[k % len(actions)], files[k % len(files)], k))
random.shuffle(progress)
line_no = len(events)
for n, (w, action, target, k) in enumerate(progress):
    if n % 3 == 0:
        details = str({"action": action, "target": target, "files": random.randint(1, 30), "ok": True, "note": None})
    elif n % 3 == 1:
        details = {"action": action, "target": target, "result": "success", "findings": random.randint(0, 4)}
    else:
        details = f"{action} {target}: {random.randint(0, 6)} findings ✅"
    ev("worker_progress" if k % 5 != 4 else "worker_heartbeat", w, details, "in_progress")
    if n % 4 == 0:
        dbg("INFO", w, f"{action} {target}", {"step": k})
    if n == 20:
        # The deliberately broken line: a writer crashed mid-line.
        events.append('{"timestamp": "' + ts() + '", "type": "worker_progress", "agent": "backend-worker", "details": {"action": "anal')
    if n == 9:
        ev("blocker_reported", "test-worker", {"blocker": "staging cluster credentials expired", "severity": "high"})
        dbg("ERROR", "test-worker", "kubectl: Unauthorized (staging credentials expired)", {"exit_code": 1})
    if n == 14:
        ev("escalation_required", "test-worker", "Needs fresh staging credentials from devops-worker")
        ev("handoff_requested", "test-worker", {"to": "devops-worker", "what": "rotate staging kubeconfig"})
        dbg("WARNING", "test-worker", "Waiting on devops-worker for credentials", {"waited_s": 45})
    if n == 17:
        ev("handoff_accepted", "devops-worker", {"from": "test-worker", "what": "rotate staging kubeconfig"})
        dbg("SUCCESS", "devops-worker", "Staging kubeconfig rotated", {"expires_in_h": 12})
        ev("blocker_resolved", "test-worker", {"blocker": "staging cluster credentials expired"})
    if n == 30:
        dbg("WARNING", "devops-worker", "Deployment has no PodDisruptionBudget", {"file": "k8s/deployment.yaml"})
    if n == 36:
        dbg("ERROR", "frontend-worker", "nginx -t failed: unknown directive 'expires_max'", {"file": "web/nginx.conf", "line": 41})
    if n == 38:
        ev("deployment_preview_ready", "devops-worker", {"url": "https://preview.example.internal", "note": "unknown types are shown, never dropped"})

for w in workers:
    s = w.replace("-worker", "")
    ev("notes_created", w, f"notes/{s}_notes.md")
    dbg("SUCCESS", w, "Notes written", {"path": f"notes/{s}_notes.md"})
    ev("json_created", w, f"workers/json/{s}_response.json")
    ev("worker_completed", w, "Analysis complete", "completed")
    dbg("COMPLIANCE", w, "Completion logged", {"protocol": "completion_protocol"})
ev("synthesis_started", "queen", "Synthesising 4 worker outputs")
dbg("DECISION", "queen", "Blocker resolved in-session; no re-run needed", {})
ev("synthesis_completed", "queen", {"report": "notes/RESEARCH_SYNTHESIS.md", "critical_issues": 2})
end = now[0]

if os.path.exists(ROOT):
    shutil.rmtree(ROOT)
for d in ("notes", "workers/json", "workers/prompts"):
    os.makedirs(f"{SES}/{d}", exist_ok=True)
os.makedirs(f"{ROOT}/.claude/agents", exist_ok=True)
shutil.copyfile("../shared/fixtures/agents/devops-worker.md", f"{ROOT}/.claude/agents/devops-worker.md")

with open(f"{SES}/EVENTS.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(events) + "\n")
with open(f"{SES}/DEBUG.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(debug) + "\n")

state = {
    "version": "2.0", "session_id": SID,
    "task": "Audit the Kubernetes deployment of the payments API before the Monday rollout",
    "status": "completed",
    "timestamps": {"created_at": ts(t0), "updated_at": ts(end), "last_heartbeat": ts(end),
                   "phase_transitions": {"planning_started": ts(t0), "spawning_started": ts(t0 + timedelta(seconds=40)),
                                         "execution_started": ts(t0 + timedelta(seconds=120)), "synthesis_started": ts(end - timedelta(seconds=30)),
                                         "completed_at": ts(end)}},
    "coordination_status": {"phase": "completed", "workers_planned": list(workers), "workers_spawned": list(workers),
                            "workers_active": [], "workers_completed": list(workers), "workers_failed": [],
                            "synthesis_ready": True, "blocking_issues": []},
    "worker_states": {w: {"status": "completed", "spawned_at": ts(t0 + timedelta(seconds=60)), "last_update": ts(end - timedelta(seconds=60)),
                          "last_heartbeat": ts(end - timedelta(seconds=60)), "task": workers[w][0], "focus_areas": [workers[w][0]],
                          "outputs": {"notes": f"notes/{w.replace('-worker', '')}_notes.md", "json": f"workers/json/{w.replace('-worker', '')}_response.json", "artifacts": []},
                          "protocol_compliance": {"startup_logged": True, "configuration_logged": True, "completion_logged": True, "debug_logging_active": True}}
                      for w in workers},
    "session_metadata": {"framework": "hive-mind", "queen_model": "opus"},
}
with open(f"{SES}/STATE.json", "w", encoding="utf-8") as f:
    json.dump(state, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open(f"{SES}/SESSION.md", "w", encoding="utf-8") as f:
    f.write(f"# Session {SID}\n\n**Task:** {state['task']}\n\n**Workers:** {', '.join(workers)}\n\n"
            "The queen splits the audit by domain; workers report notes and a JSON response each.\n")
with open(f"{SES}/BACKLOG.jsonl", "w", encoding="utf-8") as f:
    for i, (title, st, who) in enumerate([("Add PodDisruptionBudget", "todo", "devops-worker"), ("Fix readiness probe path", "doing", "backend-worker"),
                                          ("Smoke test rollout", "review", "test-worker"), ("Cache-bust static assets", "done", "frontend-worker")], 1):
        f.write(json.dumps({"id": f"T-{i}", "title": title, "status": st, "priority": i, "assignee": who, "labels": ["rollout"],
                            "desc": title + ".", "acceptance": ["reviewed"], "links": []}) + "\n")

generic_sections = ["Executive Summary", "Key Findings", "Detailed Analysis", "Recommendations", "Dependencies", "Next Steps"]
def generic_notes(w):
    name = w.replace("-worker", "").capitalize()
    body = f"# {name} Analysis Report\n## Session: {SID}\n## Generated: {ts(end - timedelta(seconds=90))}\n\n"
    for sec in generic_sections:
        body += f"### {sec}\n- {sec} for {workers[w][0]}: reviewed {', '.join(workers[w][2][:2])}.\n\n"
    return body

def generic_response(w):
    return {"worker": w, "session_id": SID, "timestamp": ts(end - timedelta(seconds=80)), "status": "completed",
            "summary": {"key_findings": [f"{workers[w][0]} reviewed"], "critical_issues": [], "recommendations": ["keep probes strict"]},
            "analysis": {"scope": workers[w][0]},
            "metrics": {"items_analyzed": 12, "issues_found": 2, "severity_breakdown": {"high": 0, "medium": 1, "low": 1}},
            "dependencies": {"requires": [], "blocks": [], "handoffs": []},
            "files_examined": workers[w][2], "files_modified": [], "next_actions": ["re-run smoke tests after rollout"]}

for w in workers:
    s = w.replace("-worker", "")
    if w == "devops-worker":
        notes = f"""# DevOps Worker Infrastructure Report
## Session: {SID}
## Generated: {ts(end - timedelta(seconds=90))}

### Executive Summary
The payments API deploys to EKS with Helm. Two rollout risks: no PodDisruptionBudget,
and the readiness probe points at `/` instead of `/healthz`.

### Infrastructure Design
#### Architecture
Three replicas behind an ALB ingress; RDS Postgres in a private subnet.

#### Resources
- `Deployment/payments-api` (3 replicas)
- `Service/payments-api`, `Ingress/payments`

### CI/CD Pipeline
#### Pipeline Configuration
GitHub Actions: build, test, push to ECR, `helm upgrade --atomic`.

#### Deployment Strategy
Rolling update with `maxUnavailable: 0`.

### Monitoring & Observability
#### Metrics
Prometheus scrapes `/metrics`; p99 latency dashboard exists.

#### Logging
[Log aggregation and analysis]

#### Alerting
PagerDuty on 5xx rate above 2% for 5 minutes.

### Security & Compliance
#### Security Measures
IRSA for S3 access; secrets in AWS Secrets Manager.

#### Compliance Requirements
PCI-DSS scope: the payments namespace only.

### Cost Optimization
Right-size requests: CPU requests are 4x the observed p95.
"""
        resp = {
            "session_id": SID, "worker": "devops-worker", "timestamp": ts(end - timedelta(seconds=80)),
            "infrastructure": {"cloud_provider": "aws",
                               "resources": [{"type": "Deployment", "name": "payments-api", "configuration": {"replicas": 3}, "status": "updated"},
                                             {"type": "PodDisruptionBudget", "name": "payments-api-pdb", "configuration": {"minAvailable": 2}, "status": "provisioned"}],
                               "containers": {"orchestration": "kubernetes", "services": ["payments-api"], "registries": ["ecr"]},
                               "networking": {"vpc": {"id": "vpc-0a1b"}, "subnets": ["private-a", "private-b"], "security_groups": ["sg-payments"]}},
            "cicd": {"platform": "github-actions", "pipelines": ["deploy.yml"], "environments": ["staging", "production"], "deployment_strategy": "rolling"},
            "monitoring": {"metrics_platform": "prometheus", "log_platform": "cloudwatch", "alerts": ["5xx-rate"], "dashboards": ["payments-latency"]},
            "security": {"scanning_enabled": True, "compliance_frameworks": ["PCI-DSS"], "secrets_management": "string"},
            "files_modified": [], "scripts_created": [], "configurations": ["helm/values.yaml"]}
    else:
        notes = generic_notes(w)
        resp = generic_response(w)
    with open(f"{SES}/notes/{s}_notes.md", "w", encoding="utf-8") as f:
        f.write(notes)
    with open(f"{SES}/workers/json/{s}_response.json", "w", encoding="utf-8") as f:
        json.dump(resp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(f"{SES}/workers/prompts/{w}.prompt", "w", encoding="utf-8") as f:
        f.write(f"---\nworker: {w}\ntimeout: 3600\n---\n# Task for {w}\n\nSession ID: {SID}\n\n## Task\nAudit {workers[w][0]}.\n\n"
                f"## Focus areas\n- {workers[w][0]}\n\n## Success criteria\n- Notes and JSON response written per template\n")
print(f"{len(events)} events, {len(debug)} debug lines")
