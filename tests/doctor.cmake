# Session doctor (issue 4) test wiring.
#
# The built-in templates live in resources/templates.qrc. Until the app and
# the test loop list it themselves, add it to the targets that need it, once.
function(si_doctor_add_templates target)
  if(NOT TARGET ${target})
    return()
  endif()
  get_target_property(srcs ${target} SOURCES)
  if(NOT "${srcs}" MATCHES "templates\\.qrc")
    target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/resources/templates.qrc)
  endif()
endfunction()

foreach(t tst_templates tst_templatesview tst_notesvalidator tst_responsevalidator tst_sessiondoctor tst_schemaconformance
          tst_doctorui session-inspector)
  si_doctor_add_templates(${t})
endforeach()

# Benchmarks are created after this file is included (tests/bench): wire
# them at the end of this directory.
cmake_language(DEFER CALL si_doctor_add_templates bench_doctor)

# The conformance suite is a Debian package; point the test at it.
if(TARGET tst_schemaconformance)
  target_compile_definitions(tst_schemaconformance PRIVATE
    SI_JSON_SCHEMA_TEST_SUITE="/usr/share/json-schema-test-suite")
endif()
