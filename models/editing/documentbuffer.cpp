#include "documentbuffer.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
const char kBom[] = "\xEF\xBB\xBF";
}

DocumentBuffer::LineEnding DocumentBuffer::detectLineEnding(const QByteArray &bytes)
{
    qsizetype lf = 0, crlf = 0, cr = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\r') {
            if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (c == '\n') {
            ++lf;
        }
    }
    // Ties (including a file without any break) go to LF, the form every
    // worker in the field writes.
    if (crlf > lf && crlf >= cr)
        return LineEnding::CRLF;
    if (cr > lf && cr > crlf)
        return LineEnding::CR;
    return LineEnding::LF;
}

QString DocumentBuffer::lineEndingName(LineEnding eol)
{
    switch (eol) {
    case LineEnding::CRLF: return QStringLiteral("CRLF");
    case LineEnding::CR: return QStringLiteral("CR");
    case LineEnding::LF: break;
    }
    return QStringLiteral("LF");
}

DocumentBuffer DocumentBuffer::fromBytes(const QByteArray &input)
{
    DocumentBuffer doc;
    QByteArray bytes = input;
    if (bytes.startsWith(kBom)) {
        doc.bom = true;
        bytes.remove(0, 3);
    }
    doc.eol = detectLineEnding(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    doc.text = decoder.decode(bytes);
    if (decoder.hasError())
        doc.lossReason = QCoreApplication::translate("DocumentBuffer",
            "The file is not valid UTF-8; saving would replace the undecodable bytes.");
    if (bytes.contains('\0')) {
        // The editor component ends its text at a NUL byte, so show a visible
        // stand-in and keep the file safe from a lossy save.
        doc.text.replace(QChar(u'\0'), QChar(0x2400));
        doc.lossReason = QCoreApplication::translate("DocumentBuffer",
            "The file contains NUL bytes, which the editor can't keep.");
    }
    return doc;
}

QByteArray DocumentBuffer::toBytes() const
{
    QByteArray out = text.toUtf8();
    if (bom)
        out.prepend(kBom);
    return out;
}
