# Build speed (issue 17): CI builds the tree three times (normal, ASan+UBSan,
# fuzz) from a fresh clone in a folder of its own, so nearly every object it
# compiles was compiled minutes earlier from the same sources elsewhere.
#
# SI_CCACHE: compile through ccache (Debian's package; .ci/dev installs it).
# A clone in another folder hits the cache because
#  - base_dir is the source tree: ccache rewrites the absolute -I, source and
#    PCH paths under it to relative ones before hashing (and compiling);
#  - -ffile-prefix-map maps the tree to "." in debug info and __FILE__, and
#    hash_dir is off, so the build folder's absolute path is not hashed;
#  - the tests get their absolute paths at run time (tests/support/testpaths.h),
#    not as -D macros, which ccache hashes verbatim;
#  - the sloppiness is what ccache's manual asks for precompiled headers, plus
#    the header mtimes/ctimes a fresh clone always changes.
# The cache lives under ~/.cache/ccache (ccache's default, or $CCACHE_DIR),
# bounded by SI_CCACHE_MAXSIZE unless $CCACHE_MAXSIZE says otherwise. Without
# ccache everything builds as before; a damaged cache entry is a miss to
# ccache (its results are checksummed), and a full cache is trimmed, not an
# error.
option(SI_CCACHE "Compile through ccache when it is installed" ON)
set(SI_CCACHE_MAXSIZE "4G" CACHE STRING "Upper bound of the compiler cache (ccache's max_size)")
find_program(SI_CCACHE_PROGRAM ccache)
if(SI_CCACHE AND SI_CCACHE_PROGRAM)
  set(si_ccache_env
    CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}
    CCACHE_NOHASHDIR=1
    CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime)
  if(NOT DEFINED ENV{CCACHE_MAXSIZE})
    list(APPEND si_ccache_env CCACHE_MAXSIZE=${SI_CCACHE_MAXSIZE})
  endif()
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env ${si_ccache_env} ${SI_CCACHE_PROGRAM})
  message(STATUS "Compiler cache: ${SI_CCACHE_PROGRAM} (base dir ${PROJECT_SOURCE_DIR})")
endif()
add_compile_options(-ffile-prefix-map=${PROJECT_SOURCE_DIR}=.)

# SI_LINKER: mold (Debian's package) links the 60-odd executables of each
# build several times faster than GNU ld; gcc 12 and clang 14 both take
# -fuse-ld=mold. Falls back to the default linker when it is absent.
set(SI_LINKER "mold" CACHE STRING "Linker for -fuse-ld= (mold, lld, bfd); empty for the compiler's default")
if(SI_LINKER)
  find_program(SI_LINKER_PROGRAM NAMES ld.${SI_LINKER} ${SI_LINKER})
  if(SI_LINKER_PROGRAM)
    add_link_options(-fuse-ld=${SI_LINKER})
    message(STATUS "Linker: ${SI_LINKER_PROGRAM}")
  endif()
endif()
