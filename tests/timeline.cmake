# Timeline (issue 3): the benchmark uses the shared session generator. The
# bench target is created later (tests/bench), so link it once the directory
# is fully processed.
cmake_language(DEFER DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} CALL target_link_libraries bench_timeline PRIVATE si_testgen)
# The export test runs the real executable.
if(TARGET tst_exporttimeline)
  add_dependencies(tst_exporttimeline session-inspector)
endif()
