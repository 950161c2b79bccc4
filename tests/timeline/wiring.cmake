
# The export test runs the real executable.
if(TARGET tst_exporttimeline)
  add_dependencies(tst_exporttimeline session-inspector)
endif()
