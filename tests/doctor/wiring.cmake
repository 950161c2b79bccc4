
# Session doctor (issue 4) test wiring. The built-in templates come with the
# models library (resources/templates.qrc, see models/CMakeLists.txt).

# The conformance suite is a Debian package; point the test at it.
if(TARGET tst_schemaconformance)
  target_compile_definitions(tst_schemaconformance PRIVATE
    SI_JSON_SCHEMA_TEST_SUITE="/usr/share/json-schema-test-suite")
endif()
