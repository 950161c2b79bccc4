#pragma once

#include "timelinerenderer.h"

#include <QSize>
#include <QString>

// Writes the timeline as a picture, through the same renderer as the screen:
// PNG (raster) or SVG (vector, lane names as text), chosen by the suffix.
namespace TimelineExport {
bool write(const QString &fileName, QSize size, const TimelineScene &scene, const TimelineView &view,
           QString *error = nullptr);
bool isSupported(const QString &fileName);
}
