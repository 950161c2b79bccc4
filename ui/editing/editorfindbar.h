#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

// Find / replace under an editor (Ctrl+F, Ctrl+H, Enter / Shift+Enter, Esc).
class EditorFindBar : public QWidget
{
    Q_OBJECT
public:
    explicit EditorFindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool forward = true);
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseBox() const { return m_case; }
    QCheckBox *regexBox() const { return m_regex; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceVisible(bool visible);
    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
};
