// Anchors the shared precompiled header of the tests (see tests/CMakeLists.txt).
