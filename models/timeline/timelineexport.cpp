#include "timelineexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
QString suffixOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}
}

bool TimelineExport::isSupported(const QString &fileName)
{
    const QString s = suffixOf(fileName);
    return s == u"png" || s == u"svg";
}

bool TimelineExport::write(const QString &fileName, QSize size, const TimelineScene &scene, const TimelineView &view,
                           QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (size.width() < 200 || size.height() < 100 || size.width() > 20000 || size.height() > 20000)
        return fail(QCoreApplication::translate("TimelineExport", "size %1x%2 is out of range (200x100 to 20000x20000)")
                        .arg(size.width()).arg(size.height()));
    TimelineRenderer renderer;
    const QString suffix = suffixOf(fileName);
    // Write through QSaveFile so that a failed export never leaves half a file.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("TimelineExport", "can't write %1: %2").arg(fileName, file.errorString()));
    if (suffix == u"png") {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setFont(QGuiApplication::font());
        renderer.paint(p, size, scene, view);
        p.end();
        if (!image.save(&file, "PNG"))
            return fail(QCoreApplication::translate("TimelineExport", "can't encode %1").arg(fileName));
    } else if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QCoreApplication::translate("TimelineExport", "Session timeline"));
        svg.setResolution(96);
        QPainter p;
        if (!p.begin(&svg))
            return fail(QCoreApplication::translate("TimelineExport", "can't write %1").arg(fileName));
        p.setFont(QGuiApplication::font());
        renderer.paint(p, size, scene, view);
        p.end();
    } else {
        file.cancelWriting();
        return fail(QCoreApplication::translate("TimelineExport", "unsupported format '%1' (use .png or .svg)").arg(suffix));
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("TimelineExport", "can't write %1: %2").arg(fileName, file.errorString()));
    return true;
}
