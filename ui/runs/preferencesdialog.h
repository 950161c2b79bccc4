#pragma once

#include "runprofile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Preferences → Runners: the runner profiles (add, edit, duplicate, remove;
// pick the program's binary) and how many runs may go at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const QList<RunProfile> &profiles, int maxConcurrent, QWidget *parent = nullptr);

    QList<RunProfile> profiles() const { return m_profiles; }
    int maxConcurrent() const;
    // "auto" or a ProtocolProfile id: how sessions are checked.
    void setProtocolChoice(const QString &choice);
    QString protocolChoice() const;

    // For tests.
    QListWidget *list() const { return m_list; }
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void setCurrentFields(const QString &name, const QString &program, const QString &argsTemplate);

private:
    void showProfile(int row);
    void storeFields();
    QString validationMessage() const;

    QList<RunProfile> m_profiles;
    int m_row = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name, *m_program, *m_args;
    QComboBox *m_kind;
    QSpinBox *m_max;
    QComboBox *m_protocol;
};
