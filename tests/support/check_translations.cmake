# ctest: the German .ts must be current with the sources (issue 2): lupdate
# on a scratch copy may find no new and no vanished source text.
file(MAKE_DIRECTORY ${WORK})
configure_file(${SRC}/translations/session-inspector_de.ts ${WORK}/check_de.ts COPYONLY)
execute_process(COMMAND ${LUPDATE} -no-obsolete -silent ${SRC}/app ${SRC}/ui ${SRC}/models -ts ${WORK}/check_de.ts
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(STRINGS ${SRC}/translations/session-inspector_de.ts committed REGEX "<source>")
file(STRINGS ${WORK}/check_de.ts current REGEX "<source>")
list(LENGTH committed n_committed)
list(LENGTH current n_current)
if(NOT committed STREQUAL current)
  message(FATAL_ERROR "translations/session-inspector_de.ts is out of date (${n_committed} source texts committed, "
                      "${n_current} in the sources): run 'cmake --build build --target update_translations'")
endif()
message(STATUS "session-inspector_de.ts is current: ${n_current} source texts")
