
# Stand-in worker programs for the run tests (issue 6): real child processes.
add_executable(si_fake_worker ${CMAKE_CURRENT_LIST_DIR}/workers/fake_worker.cpp)
target_compile_options(si_fake_worker PRIVATE -Wall -Wextra)
set_target_properties(si_fake_worker PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)

foreach(t tst_runner tst_runqueue tst_runcommand tst_runlive tst_runui tst_runprofile tst_runlistmodel tst_runsfeature)
  if(TARGET ${t})
    add_dependencies(${t} si_fake_worker)
    target_compile_definitions(${t} PRIVATE
      SI_FAKE_WORKER="$<TARGET_FILE:si_fake_worker>"
      SI_WORKERS_DIR="${CMAKE_CURRENT_LIST_DIR}/workers")
  endif()
endforeach()

# The headless command test runs the real executable.
if(TARGET tst_runcommand)
  add_dependencies(tst_runcommand session-inspector)
endif()
