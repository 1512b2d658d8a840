// The database settings of this workstation: the embedded SQLite file, or the office's
// PostgreSQL server (host, port, database, user, password, encryption). "Test connection"
// opens the database in the background and says clearly what failed; "Save" keeps the choice
// in QSettings (settings::databaseLocation), used from the next start of the program, as an
// audited setting change (DatabaseSettingsChange).
#pragma once

#include "AppContext.h"
#include "accounts/ConnectionTester.h"
#include "accounts/DatabaseSettings.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace exitdesk::ui {

class DatabaseSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // context.database (may be null) is shown as the database open now.
    explicit DatabaseSettingsDialog(AppContext context, QWidget *parent = nullptr);
    ~DatabaseSettingsDialog() override;

    // The fields as settings, and back.
    DatabaseSettings settings() const;
    void setSettings(const DatabaseSettings &settings);
    // What is wrong with the fields (in the language of the screens), or empty.
    QString problem() const;

    QRadioButton *sqliteRadio() const { return m_sqlite; }
    QRadioButton *postgresRadio() const { return m_postgres; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *sslModeCombo() const { return m_sslMode; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    bool testRunning() const { return m_tester.isRunning(); }
    // The last finished test of the fields shown now (nothing while one runs).
    std::optional<ConnectionTestResult> lastTest() const { return m_lastTest; }

public slots:
    // Starts the background test of the fields; testFinished() follows.
    void testConnection();
    // Checks the fields, saves them and closes the dialog; false (with a message) if not.
    bool save();

signals:
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void browse();
    void onTestFinished(const ConnectionTestResult &result);
    void showTestResult();

    AppContext m_context;
    ConnectionTester m_tester;
    std::optional<ConnectionTestResult> m_lastTest;
    QLabel *m_intro;
    QLabel *m_current;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QGroupBox *m_sqliteGroup;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QGroupBox *m_postgresGroup;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_sslModeLabel;
    QComboBox *m_sslMode;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_restartNote;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace exitdesk::ui
