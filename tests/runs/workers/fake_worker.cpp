// Stand-in worker for the run tests: a real child program (not a mock of the
// app) that behaves like the runners of docs/RUNNERS.md. Invoked under the name
// "claude" it parses Claude Code's arguments; otherwise it takes --mode.
//
//   modes: stream         stream-json lines + lifecycle events/outputs in the session, exit 0
//          grandchildren  spawns a process tree that ignores SIGINT (one child also SIGTERM), never ends
//          result-hang    prints its `result`, then hangs
//          fail           some output, an error result, exit 3
//          silent         prints nothing and sleeps
//          pyout          prints a WORKER_OUTPUT_JSON: block, exit 0
//          slow           a line every 100 ms for --lines lines, exit 0
//          garbage        invalid UTF-8, NUL bytes, CRLF, a 5 MB line, deep JSON, then a result, exit 0
//          flood          --lines short lines as fast as possible, exit 0
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

std::string g_sessionDir, g_worker = "test-worker", g_task, g_pidFile, g_argvDump, g_mode = "stream";
int g_sleepMs = 20, g_lines = 5;

std::string jsonEscape(const std::string &s)
{
    std::string o;
    for (unsigned char c : s) {
        switch (c) {
        case '"': o += "\\\""; break;
        case '\\': o += "\\\\"; break;
        case '\n': o += "\\n"; break;
        case '\r': o += "\\r"; break;
        case '\t': o += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                o += buf;
            } else {
                o += char(c);
            }
        }
    }
    return o;
}

void sleepMs(int ms)
{
    timespec ts{ms / 1000, long(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

void out(const std::string &line)
{
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

std::string nowIso()
{
    char buf[32];
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

void appendTo(const std::string &path, const std::string &line)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0)
        return;
    ::flock(fd, LOCK_EX);
    const std::string l = line + "\n";
    if (::write(fd, l.data(), l.size()) < 0) {
    }
    ::fsync(fd);
    ::flock(fd, LOCK_UN);
    ::close(fd);
}

void event(const std::string &type, const std::string &details)
{
    if (g_sessionDir.empty())
        return;
    appendTo(g_sessionDir + "/EVENTS.jsonl", "{\"timestamp\":\"" + nowIso() + "\",\"type\":\"" + type + "\",\"agent\":\""
                                                  + jsonEscape(g_worker) + "\",\"details\":\"" + jsonEscape(details) + "\"}");
}

void writeFile(const std::string &path, const std::string &content)
{
    FILE *f = std::fopen(path.c_str(), "w");
    if (!f)
        return;
    std::fputs(content.c_str(), f);
    std::fclose(f);
}

std::string shortWorker()
{
    const std::string suffix = "-worker";
    if (g_worker.size() > suffix.size() && g_worker.compare(g_worker.size() - suffix.size(), suffix.size(), suffix) == 0)
        return g_worker.substr(0, g_worker.size() - suffix.size());
    return g_worker;
}

void init()
{
    out("{\"type\":\"system\",\"subtype\":\"init\",\"cwd\":\"/\",\"session_id\":\"fake-1\",\"tools\":[\"Bash\",\"Read\"],"
        "\"model\":\"fake-model\",\"permissionMode\":\"default\",\"agents\":["
        + (std::getenv("FAKE_NO_AGENTS") ? std::string() : "\"" + jsonEscape(g_worker) + "\"") + "],"
        "\"claude_code_version\":\"0.0-fake\"}");
    out("{\"type\":\"rate_limit_event\",\"whatever\":1}");
}

void result(bool error)
{
    out(std::string("{\"type\":\"result\",\"subtype\":\"") + (error ? "error_during_execution" : "success")
        + "\",\"is_error\":" + (error ? "true" : "false")
        + ",\"duration_ms\":1234,\"duration_api_ms\":1000,\"num_turns\":3,\"result\":\"Done: "
        + jsonEscape(g_task.substr(0, 200)) + "\",\"session_id\":\"fake-1\",\"total_cost_usd\":0.0123,"
          "\"usage\":{\"input_tokens\":100,\"output_tokens\":50,\"cache_creation_input_tokens\":10,"
          "\"cache_read_input_tokens\":5},\"permission_denials\":[]}");
}

void stream(bool error)
{
    init();
    event("worker_spawned", "spawned by the inspector");
    out("{\"type\":\"assistant\",\"message\":{\"id\":\"m1\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Working on the task.\"}],"
        "\"usage\":{}},\"parent_tool_use_id\":null,\"session_id\":\"fake-1\"}");
    event("worker_configured", "configured");
    event("analysis_started", "Beginning domain analysis");
    out("{\"type\":\"assistant\",\"message\":{\"id\":\"m1\",\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"tu1\",\"name\":\"Bash\","
        "\"input\":{\"command\":\"ls\"}}]},\"parent_tool_use_id\":null,\"session_id\":\"fake-1\"}");
    out("{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"tu1\","
        "\"content\":[{\"type\":\"text\",\"text\":\"file-a\\nfile-b\"}],\"is_error\":false}]},\"parent_tool_use_id\":null,\"session_id\":\"fake-1\"}");
    for (int i = 0; i < g_lines; ++i) {
        sleepMs(g_sleepMs);
        event("worker_progress", "step " + std::to_string(i));
        out("{\"type\":\"assistant\",\"message\":{\"id\":\"m2\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"step "
            + std::to_string(i) + "\"}]},\"parent_tool_use_id\":null,\"session_id\":\"fake-1\"}");
    }
    if (!g_sessionDir.empty()) {
        ::mkdir((g_sessionDir + "/notes").c_str(), 0755);
        writeFile(g_sessionDir + "/notes/" + shortWorker() + "_notes.md", "# Notes\n\nTask: " + g_task + "\n");
        event("notes_created", "notes written");
        ::mkdir((g_sessionDir + "/workers").c_str(), 0755);
        ::mkdir((g_sessionDir + "/workers/json").c_str(), 0755);
        writeFile(g_sessionDir + "/workers/json/" + shortWorker() + "_response.json",
                  "{\"worker\":\"" + jsonEscape(g_worker) + "\",\"status\":\"completed\"}\n");
        event("json_created", "response written");
        event(error ? "worker_failed" : "worker_completed", error ? "failed" : "done");
    }
    std::fputs("a line on stderr\n", stderr);
    result(error);
}

void ignoreInt()
{
    std::signal(SIGINT, SIG_IGN);
}

void writePid(pid_t pid)
{
    if (!g_pidFile.empty())
        appendTo(g_pidFile, std::to_string(pid));
}

[[noreturn]] void sleepForever()
{
    for (;;)
        pause();
}

void grandchildren()
{
    ignoreInt();
    init();
    writePid(getpid());
    for (int i = 0; i < 2; ++i) {
        const pid_t child = fork();
        if (child == 0) {
            ignoreInt();
            if (i == 1)
                std::signal(SIGTERM, SIG_IGN); // only SIGKILL ends this one
            const pid_t grand = fork();
            if (grand == 0) {
                ignoreInt();
                writePid(getpid());
                sleepForever();
            }
            writePid(getpid());
            sleepForever();
        }
    }
    out("{\"type\":\"assistant\",\"message\":{\"id\":\"m1\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"spawned helpers\"}]},\"parent_tool_use_id\":null}");
    for (;;) {
        sleepMs(200);
        out("{\"type\":\"system\",\"subtype\":\"status\",\"note\":\"still here\"}");
    }
}

void pyout()
{
    out("Starting " + g_worker + " setup...");
    event("worker_spawned", "python cli");
    out("WORKER_OUTPUT_JSON:");
    out("{");
    out("  \"worker\": \"" + jsonEscape(g_worker) + "\",");
    out("  \"status\": \"completed\",");
    out("  \"summary\": {\"key_findings\": [\"brace } inside a string\"], \"critical_issues\": [], \"recommendations\": []},");
    out("  \"next_actions\": []");
    out("}");
    out("done");
}

int parseClaude(int argc, char **argv)
{
    if (std::getenv("CLAUDECODE")) {
        std::fputs("Error: Claude Code cannot be launched inside another Claude Code session.\n", stderr);
        return 1;
    }
    bool verbose = false, streamJson = false;
    std::string prompt;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--version") {
            out("0.0-fake (Claude Code)");
            return 0;
        }
        if (a == "--verbose")
            verbose = true;
        else if (a == "--output-format" && i + 1 < argc)
            streamJson = std::string(argv[++i]) == "stream-json";
        else if ((a == "--agent" || a == "--model" || a == "--permission-mode" || a == "--allowedTools" || a == "--disallowedTools") && i + 1 < argc)
            ++i;
        else if (a == "-p")
            continue;
        else if (!a.empty() && a[0] != '-')
            prompt = a;
    }
    if (streamJson && !verbose) {
        std::fputs("Error: When using --print, --output-format=stream-json requires --verbose\n", stderr);
        return 1;
    }
    const std::string key = "Session ID: ";
    const size_t at = prompt.find(key);
    if (at != std::string::npos) {
        const size_t end = prompt.find('\n', at);
        const std::string id = prompt.substr(at + key.size(), end == std::string::npos ? std::string::npos : end - at - key.size());
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd))
            g_sessionDir = std::string(cwd) + "/Docs/hive-mind/sessions/" + id;
    }
    const size_t tw = prompt.find("# Task for ");
    if (tw != std::string::npos)
        g_worker = prompt.substr(tw + 11, prompt.find('\n', tw) - tw - 11);
    g_task = prompt;
    if (const char *m = std::getenv("FAKE_CLAUDE_MODE"))
        g_mode = m;
    return -1;
}

}

int main(int argc, char **argv)
{
    std::string self = argv[0];
    self = self.substr(self.rfind('/') == std::string::npos ? 0 : self.rfind('/') + 1);
    if (self == "claude") {
        const int rc = parseClaude(argc, argv);
        if (rc >= 0)
            return rc;
    } else {
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string(); };
            if (a == "--version") {
                out("fake_worker 1.0");
                return 0;
            }
            if (a == "--mode") g_mode = next();
            else if (a == "--session-dir") g_sessionDir = next();
            else if (a == "--worker") g_worker = next();
            else if (a == "--task") g_task = next();
            else if (a == "--pid-file") g_pidFile = next();
            else if (a == "--argv-dump") g_argvDump = next();
            else if (a == "--sleep-ms") g_sleepMs = std::atoi(next().c_str());
            else if (a == "--lines") g_lines = std::atoi(next().c_str());
        }
    }
    if (!g_argvDump.empty()) {
        std::string j = "[";
        for (int i = 1; i < argc; ++i)
            j += std::string(i > 1 ? "," : "") + "\"" + jsonEscape(argv[i]) + "\"";
        j += "]";
        std::string envj = std::string(",\"stdin_is_null\":") + (isatty(0) ? "false" : "true");
        writeFile(g_argvDump, "{\"argv\":" + j + ",\"pgid\":" + std::to_string(getpgrp()) + ",\"pid\":"
                                  + std::to_string(getpid()) + ",\"CLAUDECODE\":" + (std::getenv("CLAUDECODE") ? "true" : "false")
                                  + ",\"PYTHONUNBUFFERED\":\"" + jsonEscape(std::getenv("PYTHONUNBUFFERED") ? std::getenv("PYTHONUNBUFFERED") : "")
                                  + "\",\"stdin_eof\":" + (std::fgetc(stdin) == EOF ? "true" : "false") + envj + "}\n");
    }
    if (g_mode == "stream") {
        stream(false);
        return 0;
    }
    if (g_mode == "phase2") {
        // Phase 2 of the framework's lifecycle: edits the two files --setup
        // copied, logs no event (docs/FORMAT.md).
        init();
        const std::string notes = g_sessionDir + "/workers/notes/" + shortWorker() + "_notes.md";
        const bool there = ::access(notes.c_str(), F_OK) == 0;
        if (there)
            writeFile(notes, "# Filled by the stand-in\n\nSession " + g_sessionDir + "\n");
        out("{\"type\":\"assistant\",\"message\":{\"id\":\"m1\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\""
            + std::string(there ? "filled the notes" : "no notes file to fill") + "\"}]},\"parent_tool_use_id\":null,\"session_id\":\"fake-1\"}");
        result(!there);
        return there ? 0 : 1;
    }
    if (g_mode == "fail") {
        std::fputs("fatal: something broke\n", stderr);
        stream(true);
        return 3;
    }
    if (g_mode == "result-hang") {
        stream(false);
        sleepForever();
    }
    if (g_mode == "grandchildren")
        grandchildren();
    if (g_mode == "silent")
        sleepForever();
    if (g_mode == "pyout") {
        pyout();
        return 0;
    }
    if (g_mode == "garbage") {
        init();
        std::fwrite("bad \xff\xfe utf8\n", 1, 12, stdout);
        std::fwrite("nul \0 inside\n", 1, 13, stdout);
        std::fwrite("{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"crlf\"}]}}\r\n", 1, 76, stdout);
        out(std::string(5 * 1024 * 1024, 'y'));
        out("{\"type\":\"assistant\",\"message\":" + std::string(100000, '[') );
        out("{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"num_turns\":1}");
        std::fwrite("no newline at the end", 1, 21, stdout);
        return 0;
    }
    if (g_mode == "flood") {
        for (int i = 0; i < g_lines; ++i)
            std::printf("flood line %d\n", i);
        return 0;
    }
    if (g_mode == "slow") {
        for (int i = 0; i < g_lines; ++i) {
            out("line " + std::to_string(i));
            sleepMs(100);
        }
        return 0;
    }
    std::fprintf(stderr, "unknown mode %s\n", g_mode.c_str());
    return 2;
}
