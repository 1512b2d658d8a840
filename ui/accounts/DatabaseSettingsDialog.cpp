#include "accounts/DatabaseSettingsDialog.h"
#include "FileDialogs.h"

#include "Application.h"
#include "MessageBox.h"
#include "accounts/AccountsUiSupport.h"
#include "accounts/DatabaseSettingsChange.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace exitdesk::ui {

DatabaseSettingsDialog::DatabaseSettingsDialog(AppContext context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("databaseSettingsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentDatabase"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setEnabled(false);

    m_sqlite = new QRadioButton(this);
    m_sqlite->setObjectName(QStringLiteral("sqliteRadio"));
    m_postgres = new QRadioButton(this);
    m_postgres->setObjectName(QStringLiteral("postgresRadio"));
    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseSettingsDialog::updateEnabled);

    // The SQLite file.
    m_sqliteGroup = new QGroupBox(this);
    m_path = new QLineEdit(m_sqliteGroup);
    m_path->setObjectName(QStringLiteral("sqlitePath"));
    m_browse = new QPushButton(m_sqliteGroup);
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &DatabaseSettingsDialog::browse);
    m_pathLabel = new QLabel(m_sqliteGroup);
    m_pathLabel->setBuddy(m_path);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *sqliteForm = new QFormLayout(m_sqliteGroup);
    sqliteForm->addRow(m_pathLabel, pathRow);

    // The PostgreSQL server.
    m_postgresGroup = new QGroupBox(this);
    auto line = [this](const char *name) {
        auto *e = new QLineEdit(m_postgresGroup);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_host = line("pgHost");
    m_database = line("pgDatabase");
    m_user = line("pgUser");
    m_password = line("pgPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_port = new QSpinBox(m_postgresGroup);
    m_port->setObjectName(QStringLiteral("pgPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(DatabaseSettings::kDefaultPort);
    m_sslMode = new QComboBox(m_postgresGroup);
    m_sslMode->setObjectName(QStringLiteral("pgSslMode"));
    for (const QString &mode : DatabaseSettings::sslModes())
        m_sslMode->addItem(QString(), mode);
    m_hostLabel = new QLabel(m_postgresGroup);
    m_portLabel = new QLabel(m_postgresGroup);
    m_databaseLabel = new QLabel(m_postgresGroup);
    m_userLabel = new QLabel(m_postgresGroup);
    m_passwordLabel = new QLabel(m_postgresGroup);
    m_sslModeLabel = new QLabel(m_postgresGroup);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_sslModeLabel->setBuddy(m_sslMode);
    auto *pgForm = new QFormLayout(m_postgresGroup);
    pgForm->addRow(m_hostLabel, m_host);
    pgForm->addRow(m_portLabel, m_port);
    pgForm->addRow(m_databaseLabel, m_database);
    pgForm->addRow(m_userLabel, m_user);
    pgForm->addRow(m_passwordLabel, m_password);
    pgForm->addRow(m_sslModeLabel, m_sslMode);

    // The test.
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettingsDialog::testConnection);
    connect(&m_tester, &ConnectionTester::finished, this, &DatabaseSettingsDialog::onTestFinished);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_testResult->setVisible(false);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_restartNote = new QLabel(this);
    m_restartNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Grows the window when a message appears instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addStrut(620); // the minimum width (the constraint overrides setMinimumWidth)
    layout->addWidget(m_intro);
    layout->addWidget(m_current);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_sqliteGroup);
    layout->addWidget(m_postgres);
    layout->addWidget(m_postgresGroup);
    layout->addLayout(testRow);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    // What is saved, else the default file.
    DatabaseSettings initial;
    QString ignored;
    const QString saved = settings::databaseLocation.value();
    if (saved.isEmpty() || !DatabaseSettings::fromLocation(saved, &initial, &ignored)) {
        initial = DatabaseSettings();
        initial.sqlitePath = QDir::toNativeSeparators(defaultDatabaseLocation());
    }
    setSettings(initial);
    retranslate();
}

DatabaseSettingsDialog::~DatabaseSettingsDialog() = default;

DatabaseSettings DatabaseSettingsDialog::settings() const
{
    DatabaseSettings s;
    s.dialect = m_postgres->isChecked() ? Dialect::PostgreSQL : Dialect::SQLite;
    s.sqlitePath = m_path->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.databaseName = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.sslMode = m_sslMode->currentData().toString();
    return s;
}

void DatabaseSettingsDialog::setSettings(const DatabaseSettings &s)
{
    (s.dialect == Dialect::PostgreSQL ? m_postgres : m_sqlite)->setChecked(true);
    m_path->setText(s.sqlitePath);
    m_host->setText(s.host);
    m_port->setValue(s.port > 0 ? s.port : DatabaseSettings::kDefaultPort);
    m_database->setText(s.databaseName);
    m_user->setText(s.user);
    m_password->setText(s.password);
    const int ssl = m_sslMode->findData(s.sslMode);
    m_sslMode->setCurrentIndex(ssl >= 0 ? ssl : m_sslMode->findData(QStringLiteral("prefer")));
    updateEnabled();
}

QString DatabaseSettingsDialog::problem() const
{
    const DatabaseSettings s = settings();
    if (s.dialect == Dialect::SQLite)
        return s.sqlitePath.isEmpty() ? tr("Choose the database file.") : QString();
    if (s.host.isEmpty())
        return tr("Enter the server's name or address.");
    if (s.databaseName.isEmpty())
        return tr("Enter the name of the database on the server.");
    if (s.user.isEmpty())
        return tr("Enter the database user.");
    return QString();
}

void DatabaseSettingsDialog::updateEnabled()
{
    const bool pg = m_postgres->isChecked();
    m_sqliteGroup->setEnabled(!pg);
    m_postgresGroup->setEnabled(pg);
}

void DatabaseSettingsDialog::browse()
{
    // A new file may be named too: the program creates the database on its next start.
    const QString path = FileDialogs::getSaveFileName(this, tr("Database file"), m_path->text(),
                                                      tr("ExitDesk database (*.sqlite *.db);;All files (*)"),
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void DatabaseSettingsDialog::testConnection()
{
    const QString missing = problem();
    if (!missing.isEmpty()) {
        m_lastTest.reset();
        accounts::showStatus(m_testResult, missing, true);
        return;
    }
    m_lastTest.reset();
    m_test->setEnabled(false);
    accounts::showInfo(m_testResult, tr("Connecting…"));
    m_tester.start(settings().location());
}

void DatabaseSettingsDialog::onTestFinished(const ConnectionTestResult &result)
{
    m_test->setEnabled(true);
    m_lastTest = result;
    showTestResult();
    emit testFinished(result.ok);
}

void DatabaseSettingsDialog::showTestResult()
{
    if (!m_lastTest)
        return;
    const ConnectionTestResult &r = *m_lastTest;
    using Problem = ConnectionTestResult::Problem;
    QString text;
    if (r.ok && r.willCreate)
        text = tr("The file does not exist yet: the program will create a new, empty database there.");
    else if (r.ok)
        text = tr("Connected to %1 (schema version %2).").arg(r.display).arg(r.schemaVersion);
    else if (r.problem == Problem::Unreachable)
        text =
            tr("The database server cannot be reached: check the server name, the port and the network, and "
               "that the server is running.");
    else if (r.problem == Problem::Authentication)
        text = tr("The server refused the user or the password.");
    else if (r.problem == Problem::NoDatabase)
        text = tr("The server has no database of that name.");
    else if (r.problem == Problem::NoFolder)
        text = tr("The folder %1 does not exist or cannot be written to.").arg(r.error);
    else
        text = tr("The database cannot be opened.");
    if (!r.ok && r.problem != Problem::NoFolder && !r.error.isEmpty()) {
        // libpq indents its hints with tabs; one line each reads better in a label.
        QStringList lines;
        for (const QString &l : r.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines << l.simplified();
        text += QLatin1Char('\n') + tr("Details: %1").arg(lines.join(QLatin1Char('\n')));
    }
    accounts::showStatus(m_testResult, text, !r.ok);
}

bool DatabaseSettingsDialog::save()
{
    const QString missing = problem();
    if (!missing.isEmpty()) {
        m_lastTest.reset();
        accounts::showStatus(m_testResult, missing, true);
        return false;
    }
    const QString location = settings().location();
    DatabaseSettings parsed;
    QString error;
    if (!DatabaseSettings::fromLocation(location, &parsed, &error)) {
        m_lastTest.reset();
        accounts::showStatus(m_testResult,
                             tr("These settings do not make a valid database address: %1").arg(error), true);
        return false;
    }
    // Audited (SettingChange): refused for a person who may not change settings.
    const DatabaseSettingsChange::Outcome outcome = DatabaseSettingsChange::apply(m_context, location);
    if (!outcome.saved) {
        m_lastTest.reset();
        accounts::showStatus(m_testResult, outcome.message, true);
        return false;
    }
    if (!outcome.audited && !outcome.message.isEmpty())
        MessageBox::warning(this, windowTitle(), outcome.message);
    accept();
    return true;
}

void DatabaseSettingsDialog::retranslate()
{
    setWindowTitle(tr("Database settings"));
    m_intro->setText(tr("Where this workstation keeps the cases: its own database file, or the office's "
                        "PostgreSQL server shared by all workstations."));
    m_current->setText(m_context.database ? tr("Open now: %1").arg(m_context.database->displayLocation())
                                          : QString());
    m_sqlite->setText(tr("&Database file on this computer (SQLite)"));
    m_postgres->setText(tr("Office se&rver (PostgreSQL)"));
    m_sqliteGroup->setTitle(tr("Database file"));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("Bro&wse…"));
    m_postgresGroup->setTitle(tr("Server"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("name or address, e.g. db.office.local"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("Data&base:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setToolTip(tr("Leave empty to use the PostgreSQL password file (pgpass) of this computer"));
    m_sslModeLabel->setText(tr("&Encryption:"));
    for (int i = 0; i < m_sslMode->count(); ++i) {
        const QString mode = m_sslMode->itemData(i).toString();
        QString text;
        if (mode == QLatin1String("disable"))
            text = tr("none");
        else if (mode == QLatin1String("allow"))
            text = tr("only if the server insists");
        else if (mode == QLatin1String("prefer"))
            text = tr("if the server offers it");
        else if (mode == QLatin1String("require"))
            text = tr("always");
        else if (mode == QLatin1String("verify-ca"))
            text = tr("always, with a verified certificate");
        else
            text = tr("always, with a verified certificate and server name");
        m_sslMode->setItemText(i, QStringLiteral("%1 (%2)").arg(text, mode));
    }
    m_test->setText(tr("&Test connection"));
    m_restartNote->setText(tr("The program opens the saved database on its next start."));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    showTestResult();
}

void DatabaseSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace exitdesk::ui
