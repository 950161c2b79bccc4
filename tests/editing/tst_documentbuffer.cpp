#include "documentbuffer.h"

#include <QTest>

class TestDocumentBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validFilesRoundTripByteForByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("eol");
        QTest::addColumn<bool>("bom");
        QTest::newRow("lf") << QByteArray("a\nb\n") << int(DocumentBuffer::LineEnding::LF) << false;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << int(DocumentBuffer::LineEnding::CRLF) << false;
        QTest::newRow("cr") << QByteArray("a\rb\r") << int(DocumentBuffer::LineEnding::CR) << false;
        QTest::newRow("mixed, mostly crlf") << QByteArray("a\r\nb\r\nc\n") << int(DocumentBuffer::LineEnding::CRLF) << false;
        QTest::newRow("bom + crlf") << QByteArray("\xEF\xBB\xBF# T\r\nx\r\n") << int(DocumentBuffer::LineEnding::CRLF) << true;
        QTest::newRow("no newline at all") << QByteArray("{}") << int(DocumentBuffer::LineEnding::LF) << false;
        QTest::newRow("empty") << QByteArray() << int(DocumentBuffer::LineEnding::LF) << false;
        QTest::newRow("emoji and accents") << QByteArray("caf\xC3\xA9 \xF0\x9F\x9A\x80\n") << int(DocumentBuffer::LineEnding::LF) << false;
    }
    void validFilesRoundTripByteForByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, eol);
        QFETCH(bool, bom);
        const DocumentBuffer doc = DocumentBuffer::fromBytes(bytes);
        QCOMPARE(int(doc.eol), eol);
        QCOMPARE(doc.bom, bom);
        QVERIFY(doc.lossReason.isEmpty());
        QVERIFY(!doc.text.startsWith(QChar(0xFEFF)));
        QCOMPARE(doc.toBytes(), bytes);
    }

    void undecodableFilesSayWhyTheyCantBeSaved_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("invalid utf-8") << QByteArray("ok \xFF\xFE bad\n");
        QTest::newRow("truncated sequence") << QByteArray("\xE2\x82");
        QTest::newRow("nul byte") << QByteArray("a\0b\n", 4);
    }
    void undecodableFilesSayWhyTheyCantBeSaved()
    {
        QFETCH(QByteArray, bytes);
        const DocumentBuffer doc = DocumentBuffer::fromBytes(bytes);
        QVERIFY(!doc.lossReason.isEmpty());
        QVERIFY(!doc.text.contains(QChar(u'\0')));
    }
};

QTEST_GUILESS_MAIN(TestDocumentBuffer)
#include "tst_documentbuffer.moc"
