# si_add_feature_library(NAME <target> [DEPS <targets>...] [PRIVATE_DEPS <targets>...])
#
# One static library per feature folder (ARCHITECTURE.md): the folder's
# sources are globbed (CONFIGURE_DEPENDS re-globs on every build, so a new
# file needs no list edit), the folder is a public include directory, and the
# project's strict flags apply. Dependencies between feature libraries are
# declared, never implied: a cycle is a CMake error, not a silent coupling.
function(si_add_feature_library)
  cmake_parse_arguments(F "" "NAME" "DEPS;PRIVATE_DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  add_library(${F_NAME} STATIC ${sources})
  target_include_directories(${F_NAME} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${F_NAME} PUBLIC ${F_DEPS} PRIVATE si_strict ${F_PRIVATE_DEPS})
endfunction()
