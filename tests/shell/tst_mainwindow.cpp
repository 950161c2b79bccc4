#include "detailspane.h"
#include "eventtablemodel.h"
#include "livesession.h"
#include "featurelist.h"
#include "mainwindow.h"
#include "samplesession.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SessionInspectorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void theSampleSessionOpensAndAnEventCanBeSelected()
    {
        QTemporaryDir tmp;
        QString error;
        const QString session = SampleSession::install(&error, tmp.filePath(QStringLiteral("sample")));
        QVERIFY2(!session.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo(session + QStringLiteral("/EVENTS.jsonl")).isWritable());
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("sample/.claude/agents/devops-worker.md"))));

        MainWindow w(QString{});

        installFeatures(&w);
        QSignalSpy opened(&w, &MainWindow::sessionOpened);
        w.show();
        w.openPath(session);
        QCOMPARE(opened.count(), 1);
        LiveSession *s = w.session();
        QVERIFY(s);
        QSignalSpy finished(s, &LiveSession::loadFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(s->events().size() >= 100);
        QCOMPARE(int(s->events().badLines().size()), 1);

        auto *table = w.findChild<QTableView *>(QStringLiteral("eventTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), s->events().size());

        QSignalSpy selected(&w, &MainWindow::eventSelected);
        table->selectionModel()->setCurrentIndex(table->model()->index(4, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().first().toInt(), 4);
        QCOMPARE(w.selectedEvent(), 4);
        auto *pretty = w.findChild<QPlainTextEdit *>(QStringLiteral("detailsPretty"));
        auto *raw = w.findChild<QPlainTextEdit *>(QStringLiteral("detailsRaw"));
        QVERIFY(pretty && raw);
        QCOMPARE(raw->toPlainText().toUtf8(), s->events().rawLine(4));
        QVERIFY(pretty->toPlainText().contains(QStringLiteral("\"type\": \"worker_spawned\"")));

        // Selecting through the window (as the timeline does) moves the table.
        w.selectEvent(30);
        QCOMPARE(table->currentIndex().row(), 30);
        QCOMPARE(w.selectedEvent(), 30);

        // Activating a notes_created row opens the notes it names.
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("documentTabs"));
        QVERIFY(tabs);
        int notesEvent = -1;
        for (int i = 0; i < s->events().size() && notesEvent < 0; ++i) {
            if (s->events().kindName(i) == QStringLiteral("notes_created") && s->events().agent(i) == QStringLiteral("devops-worker"))
                notesEvent = i;
        }
        QVERIFY(notesEvent >= 0);
        const int before = tabs->count();
        Q_EMIT table->activated(table->model()->index(notesEvent, 0));
        QCOMPARE(tabs->count(), before + 1);
        QVERIFY2(tabs->tabText(tabs->currentIndex()).contains(QStringLiteral("devops_notes")), qPrintable(tabs->tabText(tabs->currentIndex())));

        // A file of the session opens in a read-only viewer.
        w.openSessionFile(QStringLiteral("SESSION.md"));
        auto viewers = w.findChildren<QPlainTextEdit *>();
        bool found = false;
        for (QPlainTextEdit *v : viewers)
            found = found || (v->isReadOnly() && v->toPlainText().startsWith(QStringLiteral("# Session ")));
        QVERIFY(found);
    }

    void aPathThatCannotBeOpenedIsReportedNotFatal()
    {
        MainWindow w(QString{});
        installFeatures(&w);
        w.openPath(QStringLiteral("/definitely/not/here"));
        QVERIFY(!w.session());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
