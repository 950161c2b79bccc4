# SI_FUZZ: libFuzzer targets under tests/fuzz (clang only; the `fuzz` preset).
# Every library is compiled with fuzzer-no-link coverage plus ASan+UBSan, so
# the fuzzers see the edges inside the static libraries they link, not only
# their own entry points; only the fuzz executables link libFuzzer's main.
option(SI_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(SI_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SI_FUZZ needs clang (cmake --preset fuzz, or -DCMAKE_CXX_COMPILER=clang++)")
  endif()
  if(SI_SANITIZE)
    message(FATAL_ERROR "SI_FUZZ already builds with ASan+UBSan; leave SI_SANITIZE off")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  # Line tables only (issue 17): reports keep file:line; runner.cpp builds in
  # 4.3 s instead of 5.0 s. -O2 stays: the long runs want the throughput.
  add_compile_options(-gline-tables-only)
endif()
