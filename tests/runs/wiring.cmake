
# Stand-in worker programs for the run tests (issue 6): real child processes.
add_executable(si_fake_worker ${CMAKE_CURRENT_LIST_DIR}/workers/fake_worker.cpp)
target_compile_options(si_fake_worker PRIVATE -Wall -Wextra)
set_target_properties(si_fake_worker PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)

foreach(t tst_runner tst_runqueue tst_runcommand tst_runlive tst_runui tst_runprofile tst_runlistmodel tst_runsfeature
          tst_frameworkrun tst_claudecodee2e)
  if(TARGET ${t})
    add_dependencies(${t} si_fake_worker)
  endif()
endforeach()

# The headless command test runs the real executable.
if(TARGET tst_runcommand)
  add_dependencies(tst_runcommand session-inspector)
endif()

# The end-to-end test runs the real Claude Code (issue 9) against the scripted
# Messages API stand-in tests/support/claude_stub.py. The binary comes from
# .ci/install-claude-code: its path in the environment variable SI_CLAUDE_CODE
# when ctest runs (what .ci/dev exports), else -DSI_CLAUDE_CODE=... at
# configure time (TestPaths::claudeCodeDefault); absent, the test skips and
# says how to install it.
if(TARGET tst_claudecodee2e)
  set_tests_properties(tst_claudecodee2e PROPERTIES LABELS "runs;e2e" TIMEOUT 600)
endif()
