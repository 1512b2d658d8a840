// The database settings dialog: the fields become a location Database::open understands and
// back, the connection test runs in the background and explains an unreachable server, and
// the choice is saved in the settings.
#include "accounts/DatabaseSettings.h"
#include "AccountsUiTestSupport.h"
#include "accounts/AuditLog.h"
#include "accounts/DatabaseSettingsChange.h"
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

// The records about this workstation's database setting in db.
QList<AuditRecord> locationRecords(Database &db)
{
    AuditFilter f;
    f.entityKind = QStringLiteral("setting");
    f.entityId = ui::DatabaseSettingsChange::settingName();
    return AuditLog::list(db, f, nullptr);
}

TEST_F(DatabaseSettingsTest, AnAdministratorsChangeIsAuditedWithoutThePassword)
{
    const Actor admin =
        addAccount(QStringLiteral("admin"), Role::Administrator, QStringLiteral("admin-pass-1"));
    ui::AppContext ctx = context();
    ctx.actor = &admin;
    DatabaseSettingsDialog dialog(ctx);
    DatabaseSettings s;
    s.dialect = Dialect::PostgreSQL;
    s.host = QStringLiteral("db.office.local");
    s.databaseName = QStringLiteral("exitdesk");
    s.user = QStringLiteral("clerk");
    s.password = QStringLiteral("Secret-Pass-42");
    dialog.setSettings(s);
    ASSERT_TRUE(dialog.save()) << dialog.testResultLabel()->text().toStdString();
    EXPECT_EQ(ui::settings::databaseLocation.value(), s.location());

    // In the database being left (the one open now), in the same chain as everything else.
    const QList<AuditRecord> records = locationRecords(*db);
    ASSERT_EQ(records.size(), 1);
    const AuditRecord &r = records.first();
    EXPECT_EQ(r.action, QStringLiteral("setting.change"));
    EXPECT_EQ(r.actorLogin, QStringLiteral("admin"));
    EXPECT_TRUE(r.beforeJson.contains(QStringLiteral("default"))) << r.beforeJson.toStdString();
    EXPECT_TRUE(r.afterJson.contains(QStringLiteral("db.office.local"))) << r.afterJson.toStdString();
    EXPECT_FALSE(r.afterJson.contains(QStringLiteral("Secret-Pass-42"))) << r.afterJson.toStdString();
    EXPECT_TRUE(AuditLog::verify(*db, admin).ok);

    // Saving the same choice again changes nothing and records nothing.
    DatabaseSettingsDialog again(ctx);
    ASSERT_TRUE(again.save());
    EXPECT_EQ(locationRecords(*db).size(), 1);
}

TEST_F(DatabaseSettingsTest, AnOperatorMayNotMoveTheWorkstation)
{
    addAccount(QStringLiteral("admin"), Role::Administrator, QStringLiteral("admin-pass-1"));
    const Actor op = addAccount(QStringLiteral("op1"), Role::Operator, QStringLiteral("oper-pass-1"));
    ui::AppContext ctx = context();
    ctx.actor = &op;
    DatabaseSettingsDialog dialog(ctx);
    dialog.sqliteRadio()->setChecked(true);
    dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.testResultLabel()->property("error").toBool());
    EXPECT_TRUE(ui::settings::databaseLocation.value().isEmpty());
    EXPECT_TRUE(locationRecords(*db).isEmpty());

    // Nor can anybody without a login, once accounts exist.
    const ui::DatabaseSettingsChange::Outcome o =
        ui::DatabaseSettingsChange::apply(context(), m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
    EXPECT_TRUE(o.refused);
    EXPECT_FALSE(o.saved);
    EXPECT_TRUE(ui::settings::databaseLocation.value().isEmpty());
}

TEST_F(DatabaseSettingsTest, WhenTheOldDatabaseIsGoneTheNewOneGetsTheRecord)
{
    const Actor admin =
        addAccount(QStringLiteral("admin"), Role::Administrator, QStringLiteral("admin-pass-1"));
    ui::AppContext ctx = context();
    ctx.actor = &admin;
    ctx.database = nullptr; // the database of this workstation could not be opened
    const QString joined = m_dir.filePath(QStringLiteral("joined.sqlite"));
    const ui::DatabaseSettingsChange::Outcome o = ui::DatabaseSettingsChange::apply(ctx, joined);
    EXPECT_TRUE(o.saved);
    EXPECT_TRUE(o.audited) << o.message.toStdString();
    EXPECT_EQ(o.auditedIn, joined);
    EXPECT_EQ(ui::settings::databaseLocation.value(), joined);
    QString error;
    const std::unique_ptr<Database> other = Database::open(joined, &error);
    ASSERT_TRUE(other) << error.toStdString();
    const QList<AuditRecord> records = locationRecords(*other);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().actorLogin, QStringLiteral("admin"));
}

} // namespace
} // namespace exitdesk::test
