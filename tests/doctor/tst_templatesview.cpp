#include "testpaths.h"
#include "templatesview.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestTemplatesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryTemplateWithItsSourceAndShowsSchemaAndOutline()
    {
        QTemporaryDir agents;
        QVERIFY(QFile::copy(TestPaths::data(u"/doctor/agents/test-worker.md"),
                            agents.filePath(QStringLiteral("test-worker.md"))));
        TemplateRegistry reg;
        reg.setAgentsDir(agents.path());
        reg.setUserDir(agents.filePath(QStringLiteral("none")));
        TemplatesView view;
        view.resize(700, 500);
        view.show();
        view.setRegistry(reg);
        QTreeWidget *list = view.list();
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + QStringLiteral(" / ") + list->topLevelItem(i)->text(1);
        QCOMPARE(rows, (QStringList{QStringLiteral("test-worker / project .claude/agents"),
                                    QStringLiteral("devops-worker / built-in"), QStringLiteral("generic / built-in")}));
        // The first row is selected and shown.
        QVERIFY(view.shownSchema().contains(QLatin1String("\"suites\"")));
        QVERIFY(view.shownOutline().startsWith(QLatin1String("# Test Worker Report")));
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(view.shownSchema().contains(QLatin1String("\"cloud_provider\"")));
        QVERIFY(view.shownOutline().contains(QLatin1String("### Disaster Recovery")));
    }
};

QTEST_MAIN(TestTemplatesView)
#include "tst_templatesview.moc"
