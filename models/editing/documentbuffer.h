#pragma once

#include <QByteArray>
#include <QString>

// A text file as the editors hold it: the decoded text plus what must be put
// back on save so that a round trip changes nothing the user did not touch.
// Line breaks are kept inside the text exactly as found (mixed files stay
// mixed); `eol` is the dominant style, used for lines the user adds.
class DocumentBuffer
{
public:
    enum class LineEnding { LF, CRLF, CR };

    QString text;
    LineEnding eol = LineEnding::LF;
    bool bom = false;
    // Why the text can't be saved back byte for byte (invalid UTF-8, NUL
    // bytes); empty when it can. The editor opens such a file read-only.
    QString lossReason;

    static DocumentBuffer fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;  // the BOM again, if there was one
    static LineEnding detectLineEnding(const QByteArray &bytes);
    static QString lineEndingName(LineEnding eol);
};
