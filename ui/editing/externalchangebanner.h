#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Shown above an editor whose file changed on disk while it has unsaved
// edits: nothing is replaced until the user picks.
class ExternalChangeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ExternalChangeBanner(QWidget *parent = nullptr);

    void showChanged(const QString &fileName);
    void showRemoved(const QString &fileName);
    QString message() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *compareButton() const { return m_compare; }

Q_SIGNALS:
    void reloadRequested();
    void keepMineRequested();
    void compareRequested();

private:
    QLabel *m_label;
    QPushButton *m_reload;
    QPushButton *m_keep;
    QPushButton *m_compare;
};
