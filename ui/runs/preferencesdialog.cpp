#include "preferencesdialog.h"

#include "protocolprofile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const QList<RunProfile> &profiles, int maxConcurrent, QWidget *parent)
    : QDialog(parent), m_profiles(profiles)
{
    setWindowTitle(tr("Preferences — Runners"));
    m_list = new QListWidget(this);
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Claude Code"), int(RunProfile::ClaudeCode));
    m_kind->addItem(tr("Python CLI"), int(RunProfile::PythonCli));
    m_kind->addItem(tr("Framework 3-phase (cli.py --setup, the program, cli.py --output)"), int(RunProfile::Framework3Phase));
    m_kind->addItem(tr("Custom"), int(RunProfile::Custom));
    m_program = new QLineEdit(this);
    m_program->setPlaceholderText(tr("a name found in PATH, or a path"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose the program"), m_program->text());
        if (!f.isEmpty())
            m_program->setText(f);
    });
    m_args = new QLineEdit(this);
    m_args->setToolTip(tr("Placeholders: %1. Each expands inside ONE argument; [group] is left out when a "
                          "placeholder in it is empty; 'quotes' keep spaces. No shell is involved.")
                           .arg(QLatin1Char('{') + RunTemplate::knownPlaceholders().join(QLatin1String("}, {")) + QLatin1Char('}')));
    m_max = new QSpinBox(this);
    m_max->setRange(1, 32);
    m_max->setValue(maxConcurrent);

    auto *add = new QPushButton(tr("Add"), this);
    auto *dup = new QPushButton(tr("Duplicate"), this);
    auto *del = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &PreferencesDialog::addProfile);
    connect(dup, &QPushButton::clicked, this, &PreferencesDialog::duplicateProfile);
    connect(del, &QPushButton::clicked, this, &PreferencesDialog::removeProfile);

    auto *programRow = new QHBoxLayout;
    programRow->addWidget(m_program, 1);
    programRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Program:"), programRow);
    form->addRow(tr("&Arguments:"), m_args);
    auto *help = new QLabel(m_args->toolTip(), this);
    help->setWordWrap(true);
    form->addRow(QString(), help);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(dup);
    listButtons->addWidget(del);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(form, 2);
    auto *maxRow = new QFormLayout;
    maxRow->addRow(tr("Runs at once (others wait in the queue):"), m_max);
    // Which framework generation sessions are checked against.
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocolChoice"));
    m_protocol->addItem(tr("Detect per session"), QStringLiteral("auto"));
    for (const ProtocolProfile &p : ProtocolProfile::all())
        m_protocol->addItem(p.displayName, p.id);
    maxRow->addRow(tr("Framework &generation:"), m_protocol);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storeFields();
        const QString msg = validationMessage();
        if (!msg.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), msg);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(maxRow);
    layout->addWidget(buttons);

    for (const RunProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeFields();
        showProfile(row);
    });
    for (QLineEdit *e : {m_name, m_program, m_args})
        connect(e, &QLineEdit::textEdited, this, &PreferencesDialog::storeFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PreferencesDialog::storeFields);
    m_list->setCurrentRow(0);
    resize(820, 420);
}

void PreferencesDialog::setProtocolChoice(const QString &choice)
{
    const int i = m_protocol->findData(choice);
    m_protocol->setCurrentIndex(i >= 0 ? i : 0);
}

QString PreferencesDialog::protocolChoice() const
{
    return m_protocol->currentData().toString();
}

int PreferencesDialog::maxConcurrent() const
{
    return m_max->value();
}

void PreferencesDialog::showProfile(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    m_loading = true;
    const RunProfile p = valid ? m_profiles.at(row) : RunProfile();
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_program->setText(p.program);
    m_args->setText(p.argsTemplate);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_program, m_args})
        w->setEnabled(valid);
    m_loading = false;
}

void PreferencesDialog::storeFields()
{
    if (m_loading || m_row < 0 || m_row >= m_profiles.size())
        return;
    RunProfile &p = m_profiles[m_row];
    p.name = m_name->text().trimmed();
    p.kind = RunProfile::Kind(m_kind->currentData().toInt());
    p.program = m_program->text().trimmed();
    p.argsTemplate = m_args->text();
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(p.name);
}

void PreferencesDialog::setCurrentFields(const QString &name, const QString &program, const QString &argsTemplate)
{
    m_name->setText(name);
    m_program->setText(program);
    m_args->setText(argsTemplate);
    storeFields();
}

void PreferencesDialog::addProfile()
{
    storeFields();
    RunProfile p = RunProfile::custom(QString(), QStringLiteral("{task}"));
    p.name = tr("New profile %1").arg(m_profiles.size() + 1);
    m_profiles.append(p);
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
}

void PreferencesDialog::duplicateProfile()
{
    storeFields();
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    RunProfile p = m_profiles.at(m_row);
    p.name = tr("%1 (copy)").arg(p.name);
    p.builtIn = false;
    m_profiles.append(p);
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
}

void PreferencesDialog::removeProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size() || m_profiles.size() <= 1)
        return; // at least one profile stays
    const int row = m_row;
    m_row = -1;
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    m_list->setCurrentRow(qMin(row, int(m_profiles.size()) - 1));
}

QString PreferencesDialog::validationMessage() const
{
    QStringList names;
    for (const RunProfile &p : m_profiles) {
        if (p.name.isEmpty())
            return tr("Every profile needs a name.");
        if (names.contains(p.name, Qt::CaseInsensitive))
            return tr("Two profiles are named \"%1\".").arg(p.name);
        names.append(p.name);
        QList<RunTemplate::Token> tokens;
        QString error;
        QStringList args;
        QMap<QString, QString> dummy;
        for (const QString &k : RunTemplate::knownPlaceholders())
            dummy.insert(k, QStringLiteral("x"));
        if (!RunTemplate::expand(p.argsTemplate, dummy, &args, &error))
            return tr("Profile \"%1\": %2").arg(p.name, error);
    }
    return {};
}
