# SI_SANITIZE: build every target (libraries, app, tests, benchmarks) with
# ASan+UBSan. Directory-wide options, set before any add_subdirectory, so no
# target escapes: a static library built without ASan hides the overflows
# that happen inside it. UBSan findings abort (no recover) so that ctest
# reports them as failures instead of printing them and passing.
option(SI_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(SI_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  # Cheaper to build (issue 17; measured on models/runs/runner.cpp with g++ 12:
  # 10.3 s at -O2 -g, 5.9 s at -O1 -g1, objects half the size). -O1 is what
  # the ASan documentation recommends for usable reports; -g1 keeps the line
  # tables, so every report still says file:line. These come after the build
  # type's -O2 -g on the command line, and the last one wins.
  add_compile_options(-O1 -g1)
  # GCC's flow analysis sees the sanitizers' instrumentation and reports
  # uninitialised reads that are not there (libstdc++'s <regex> under -Werror);
  # the normal build keeps the warning.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
  # Every ctest gets these (tests/CMakeLists.txt), so a plain
  # `ctest --test-dir build-asan` behaves like the preset. Leaks fail a test:
  # no suppressions, Qt offscreen included (the one leak found was ours).
  set(SI_SANITIZER_ENV
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()
