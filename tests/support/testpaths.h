#pragma once

#include <QString>
#include <QStringView>

// Where the tests find their data, helpers and the build tree. These are
// functions over one generated translation unit (testpaths.cpp.in) instead of
// -D string macros: a macro holding an absolute path is part of every test
// object's compile command, so a clone in another folder (as CI makes) would
// miss the compiler cache for every test and for their shared precompiled
// header. Now only that one small file differs between clones.
namespace TestPaths {

QString data(QStringView rel = {});      // tests/data
QString shared(QStringView rel = {});    // ../shared beside the clone, else tests/data/shared
QString resources(QStringView rel = {}); // resources/
QString binary(QStringView rel = {});    // the build folder
QString fakeWorker();                    // the stand-in worker program (tests/runs/workers)
QString workersDir(QStringView rel = {});// tests/runs/workers
QString claudeCodeDefault();             // -DSI_CLAUDE_CODE at configure time, may be empty
QString claudeStub();                    // tests/support/claude_stub.py

} // namespace TestPaths
