#include "atomicsaver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AtomicSaver", text);
}
}

AtomicSaver::Result AtomicSaver::save(const QString &path, const QByteArray &bytes, bool createFolders)
{
    Result result;
    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir()) {
        result.error = tr("Not a file path: %1").arg(path);
        return result;
    }
    // A read-only file in a writable folder could still be replaced by the
    // rename; respect the file's own permission instead.
    if (info.exists() && !info.isWritable()) {
        result.error = tr("%1 is read-only.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (createFolders && !QDir().mkpath(info.absolutePath())) {
        result.error = tr("Can't create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return result;
    }

    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Can't write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size()) {
        result.error = tr("Writing %1 failed: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = tr("Saving %1 failed: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}
