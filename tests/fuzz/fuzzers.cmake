# libFuzzer targets (SI_FUZZ, clang): one fuzz_<unit>.cpp per reader of
# untrusted bytes, linking the same static library as the app. Seeds are in
# corpus/<unit>/; run-fuzzers.sh runs them (short in CI, long by hand).
#   cmake --preset fuzz && cmake --build --preset fuzz && bash tests/fuzz/run-fuzzers.sh short
set(SI_FUZZ_TARGETS
  jsonlparser:si_session
  pythonrepr:si_core
  templateimporter:si_templates
  notesvalidator:si_doctor
  schemaengine:si_templates
  streamjsonparser:si_runs
  jsonlocator:si_core)

add_custom_target(fuzzers)
foreach(entry ${SI_FUZZ_TARGETS})
  string(REPLACE ":" ";" parts ${entry})
  list(GET parts 0 unit)
  list(GET parts 1 library)
  add_executable(fuzz_${unit} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${unit}.cpp)
  target_link_libraries(fuzz_${unit} PRIVATE ${library} si_strict)
  target_link_options(fuzz_${unit} PRIVATE -fsanitize=fuzzer)
  set_target_properties(fuzz_${unit} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin/fuzz)
  add_dependencies(fuzzers fuzz_${unit})
endforeach()
