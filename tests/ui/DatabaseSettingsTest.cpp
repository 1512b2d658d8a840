// The database settings dialog: the fields become a location Database::open understands and
// back, the connection test runs in the background and explains an unreachable server, and
// the choice is saved in the settings.
#include "accounts/DatabaseSettings.h"
#include "AccountsUiTestSupport.h"
#include "accounts/DatabaseSettingsDialog.h"
#include "storage/DatabaseLocation.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

namespace exitdesk::test {
namespace {

using ui::DatabaseSettings;
using ui::DatabaseSettingsDialog;

class DatabaseSettingsTest : public AccountsUiTest
{
protected:
    // Clicks "Test connection" and waits for the answer; false on a timeout.
    bool runTest(DatabaseSettingsDialog &dialog, bool *ok)
    {
        bool finished = false;
        const QMetaObject::Connection c =
            QObject::connect(&dialog, &DatabaseSettingsDialog::testFinished, &dialog, [&](bool result) {
                finished = true;
                *ok = result;
            });
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        const bool done = waitFor([&] { return finished; });
        QObject::disconnect(c);
        return done;
    }
};

TEST_F(DatabaseSettingsTest, PostgresFieldsMakeAUrlThatParsesBack)
{
    DatabaseSettings s;
    s.dialect = Dialect::PostgreSQL;
    s.host = QStringLiteral("db.office.local");
    s.port = 5433;
    s.databaseName = QStringLiteral("exitdesk");
    s.user = QStringLiteral("clerk");
    s.password = QStringLiteral("p@ss:w/rd?&ü");
    s.sslMode = QStringLiteral("verify-full");
    DatabaseLocation loc;
    QString error;
    ASSERT_TRUE(DatabaseLocation::parse(s.location(), &loc, &error)) << error.toStdString();
    EXPECT_EQ(loc.dialect, Dialect::PostgreSQL);
    EXPECT_EQ(loc.host, s.host);
    EXPECT_EQ(loc.port, 5433);
    EXPECT_EQ(loc.databaseName, s.databaseName);
    EXPECT_EQ(loc.user, s.user);
    EXPECT_EQ(loc.password, s.password);
    EXPECT_TRUE(loc.connectOptions.contains(QStringLiteral("sslmode=verify-full")));

    DatabaseSettings back;
    ASSERT_TRUE(DatabaseSettings::fromLocation(s.location(), &back, &error));
    EXPECT_EQ(back.password, s.password);
    EXPECT_EQ(back.sslMode, s.sslMode);

    // A Unix socket directory goes into ?host=.
    s.host = QStringLiteral("/var/run/postgresql");
    ASSERT_TRUE(DatabaseLocation::parse(s.location(), &loc, &error)) << error.toStdString();
    EXPECT_EQ(loc.host, s.host);
    EXPECT_EQ(loc.port, 5433);
}

TEST_F(DatabaseSettingsTest, SavesTheChoiceAndShowsItAgain)
{
    {
        DatabaseSettingsDialog dialog(context());
        EXPECT_TRUE(dialog.sqliteRadio()->isChecked()) << "the default is the file on this computer";
        dialog.postgresRadio()->setChecked(true);
        EXPECT_FALSE(dialog.pathEdit()->isEnabled());
        QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.office.local"));
        // A missing database name is refused and nothing is saved.
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("clerk"));
        EXPECT_FALSE(dialog.save());
        EXPECT_TRUE(dialog.testResultLabel()->property("error").toBool());
        EXPECT_TRUE(ui::settings::databaseLocation.value().isEmpty());

        QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("exitdesk"));
        dialog.sslModeCombo()->setCurrentIndex(dialog.sslModeCombo()->findData(QStringLiteral("require")));
        ASSERT_TRUE(dialog.save());
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(ui::settings::databaseLocation.value(),
              QStringLiteral("postgresql://clerk@db.office.local/exitdesk?sslmode=require"));
    DatabaseSettingsDialog again(context());
    EXPECT_TRUE(again.postgresRadio()->isChecked());
    EXPECT_EQ(again.hostEdit()->text(), QStringLiteral("db.office.local"));
    EXPECT_EQ(again.sslModeCombo()->currentData().toString(), QStringLiteral("require"));
}

TEST_F(DatabaseSettingsTest, TestOfASqliteFile)
{
    DatabaseSettingsDialog dialog(context());
    dialog.sqliteRadio()->setChecked(true);
    dialog.pathEdit()->setText(databasePath());
    bool ok = false;
    ASSERT_TRUE(runTest(dialog, &ok));
    EXPECT_TRUE(ok) << dialog.testResultLabel()->text().toStdString();
    EXPECT_FALSE(dialog.testResultLabel()->property("error").toBool());

    // A new file is not created by the test, only announced.
    const QString fresh = m_dir.filePath(QStringLiteral("new.sqlite"));
    dialog.pathEdit()->setText(fresh);
    ASSERT_TRUE(runTest(dialog, &ok));
    EXPECT_TRUE(ok);
    EXPECT_FALSE(QFileInfo::exists(fresh));

    dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite")));
    ASSERT_TRUE(runTest(dialog, &ok));
    EXPECT_FALSE(ok);
    EXPECT_TRUE(dialog.testResultLabel()->property("error").toBool());
}

TEST_F(DatabaseSettingsTest, UnreachableServerIsReportedWithoutFreezingTheWindow)
{
    DatabaseSettingsDialog dialog(context());
    dialog.show();
    dialog.postgresRadio()->setChecked(true);
    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("127.0.0.1"));
    dialog.portSpin()->setValue(1); // nothing listens there
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("exitdesk"));
    QTest::keyClicks(dialog.userEdit(), QStringLiteral("clerk"));

    bool finished = false;
    bool ok = true;
    QObject::connect(&dialog, &DatabaseSettingsDialog::testFinished, &dialog, [&](bool result) {
        finished = true;
        ok = result;
    });
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    // The click returned at once: the test runs in the background.
    EXPECT_FALSE(dialog.testButton()->isEnabled());
    ASSERT_TRUE(waitFor([&] { return finished; }));
    EXPECT_FALSE(ok);
    EXPECT_TRUE(dialog.testButton()->isEnabled());
    EXPECT_TRUE(dialog.testResultLabel()->property("error").toBool());
    ASSERT_TRUE(dialog.lastTest());
    EXPECT_EQ(dialog.lastTest()->problem, ui::ConnectionTestResult::Problem::Unreachable)
        << dialog.lastTest()->error.toStdString();
    // The explanation, then the driver's words.
    const QString text = dialog.testResultLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Connection refused"))) << text.toStdString();
    EXPECT_GT(text.indexOf(QLatin1Char('\n')), 20) << text.toStdString();
}

TEST_F(DatabaseSettingsTest, TestOfTheRealServer)
{
    const QString url = postgresUrl();
    if (url.isEmpty())
        GTEST_SKIP() << "no PostgreSQL test server (EXITDESK_TEST_PG)";
    DatabaseSettings s;
    QString error;
    ASSERT_TRUE(DatabaseSettings::fromLocation(url, &s, &error)) << error.toStdString();
    DatabaseSettingsDialog dialog(context());
    dialog.setSettings(s);
    bool ok = false;
    ASSERT_TRUE(runTest(dialog, &ok));
    EXPECT_TRUE(ok) << dialog.testResultLabel()->text().toStdString();

    // A wrong database name on a server that answers is told apart.
    dialog.databaseEdit()->setText(QStringLiteral("exitdesk_no_such_database"));
    ASSERT_TRUE(runTest(dialog, &ok));
    EXPECT_FALSE(ok);
    ASSERT_TRUE(dialog.lastTest());
    EXPECT_EQ(dialog.lastTest()->problem, ui::ConnectionTestResult::Problem::NoDatabase)
        << dialog.lastTest()->error.toStdString();
}

} // namespace
} // namespace exitdesk::test
