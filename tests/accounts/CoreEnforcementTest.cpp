// Permissions enforced in core, not in the programs: the same calls the desktop program and
// the command line make are refused for a role that may not make them, and every change of a
// case, the calendar or a setting is audited in the transaction that makes it.
#include "AccountsTestSupport.h"
#include "CaseFixtures.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "accounts/SettingChange.h"
#include "calendar/CalendarStore.h"
#include "interchange/CaseImporter.h"
#include "storage/CaseSearch.h"
#include "storage/Transaction.h"
#include "workflow/CaseEventStore.h"
#include "workflow/WorkflowFactory.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

class CoreEnforcementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = openMemory();
        ASSERT_TRUE(m_db);
        m_admin = addAdministrator(*m_db, m_clock);
    }

    QList<AuditRecord> audit(const QString &action)
    {
        QList<AuditRecord> result;
        for (const AuditRecord &r : AuditLog::list(*m_db, AuditFilter(), nullptr)) {
            if (r.action == action)
                result << r;
        }
        return result;
    }
    int cases() { return CaseSearch(*m_db).count({}); }
    Case sample() { return exitdesk::test::sampleCase(at("2026-11-20T10:15:00"), QStringLiteral("Сапарова")); }

    FixedClock m_clock{at("2026-11-20T12:00:00")};
    std::unique_ptr<Database> m_db;
    Actor m_admin;
    const Actor m_operator = actorOf(QStringLiteral("op"), Role::Operator);
    const Actor m_officer = actorOf(QStringLiteral("officer"), Role::Officer);
    const Actor m_head = actorOf(QStringLiteral("head"), Role::Head);
};

} // namespace

TEST_F(CoreEnforcementTest, CaseWritesNeedTheirPermissionAndRefusalsWriteNothing)
{
    Case c = sample();
    StorageError error;
    EXPECT_FALSE(CaseRepository(*m_db, m_clock, m_officer).accept(c, &error));
    EXPECT_EQ(error.kind, StorageError::Forbidden);
    EXPECT_TRUE(error.messageEn.contains(QStringLiteral("migration officer"))) << error.messageEn.toStdString();
    EXPECT_TRUE(error.messageEn.contains(QStringLiteral("accept documents"))) << error.messageEn.toStdString();
    EXPECT_FALSE(CaseRepository(*m_db, m_clock, m_admin).saveDraft(c, &error));
    EXPECT_TRUE(error.messageRu.contains(QStringLiteral("администратор"))) << error.messageRu.toStdString();
    EXPECT_FALSE(CaseRepository(*m_db, m_clock, m_head).saveRefusedAtIntake(c, &error));
    QList<Case> batch{c, c};
    EXPECT_FALSE(CaseImporter::store(*m_db, m_clock, m_officer, batch, false, &error));
    EXPECT_EQ(error.kind, StorageError::Forbidden);
    EXPECT_EQ(cases(), 0);

    // The operator accepts; the refused attempts did not use up a number.
    ASSERT_TRUE(CaseRepository(*m_db, m_clock, m_operator).accept(c, &error)) << error.messageEn.toStdString();
    EXPECT_EQ(c.number, QStringLiteral("2026-000001"));
    // The officer corrects the questionnaire of the accepted case; the head may not edit it.
    Case edited = c;
    edited.applicant.phone = QStringLiteral("+7 701 000 0000");
    EXPECT_FALSE(CaseRepository(*m_db, m_clock, m_head).update(edited, &error));
    EXPECT_EQ(error.kind, StorageError::Forbidden);
    ASSERT_TRUE(CaseRepository(*m_db, m_clock, m_officer).update(edited, &error)) << error.messageEn.toStdString();

    const QList<AuditRecord> accepted = audit(QStringLiteral("case.accept"));
    ASSERT_EQ(accepted.size(), 1);
    EXPECT_EQ(accepted.first().actorLogin, QStringLiteral("op"));
    EXPECT_EQ(accepted.first().actorRole, QStringLiteral("operator"));
    EXPECT_EQ(accepted.first().workstation, QStringLiteral("test-ws"));
    EXPECT_EQ(accepted.first().entityId, QStringLiteral("2026-000001"));
    EXPECT_EQ(accepted.first().beforeJson, QStringLiteral("null"));
    const QJsonObject after = QJsonDocument::fromJson(accepted.first().afterJson.toUtf8()).object();
    EXPECT_EQ(after.value(QStringLiteral("number")).toString(), QStringLiteral("2026-000001"));
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    const QList<AuditRecord> updated = audit(QStringLiteral("case.update"));
    ASSERT_EQ(updated.size(), 1);
    EXPECT_EQ(updated.first().actorLogin, QStringLiteral("officer"));
    EXPECT_TRUE(updated.first().beforeJson.contains(c.applicant.phone));
    EXPECT_TRUE(updated.first().afterJson.contains(QStringLiteral("+7 701 000 0000")));
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
}

TEST_F(CoreEnforcementTest, WithAccountsNobodyWritesWithoutLoggingIn)
{
    Case c = sample();
    StorageError error;
    // A repository without an actor (code that predates the accounts) ...
    EXPECT_FALSE(CaseRepository(*m_db, m_clock).accept(c, &error));
    EXPECT_EQ(error.kind, StorageError::Forbidden);
    EXPECT_TRUE(error.messageEn.contains(QStringLiteral("logged in"))) << error.messageEn.toStdString();
    // ... and the setup actor, once an account exists, are refused.
    const Actor setup = Actor::setupActor(QStringLiteral("ws"));
    EXPECT_FALSE(CaseRepository(*m_db, m_clock, setup).saveDraft(c, &error));
    EXPECT_EQ(error.kind, StorageError::Forbidden);
    Finding finding;
    EXPECT_FALSE(AccountRepository::add(*m_db, setup, m_clock, QStringLiteral("intruder"), QString(),
                                        Role::Administrator, QStringLiteral("password-123"), &finding));
    EXPECT_EQ(finding.code, QStringLiteral("permission.no-login"));
    EXPECT_EQ(AccountRepository::count(*m_db), 1);
    EXPECT_EQ(cases(), 0);
    // Reading needs no actor.
    EXPECT_FALSE(CaseRepository(*m_db, m_clock).loadByNumber(QStringLiteral("2026-000001")));
}

TEST_F(CoreEnforcementTest, FreshDatabaseWithoutAccountsKeepsWorkingAsSetup)
{
    std::unique_ptr<Database> fresh = openMemory();
    ASSERT_TRUE(fresh);
    Case c = sample();
    StorageError error;
    ASSERT_TRUE(CaseRepository(*fresh, m_clock).accept(c, &error)) << error.messageEn.toStdString();
    const QList<AuditRecord> records = AuditLog::list(*fresh, AuditFilter(), nullptr);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().actorRole, QStringLiteral("setup"));
}

TEST_F(CoreEnforcementTest, OnlyTheHeadSignsDecisionsAndEveryEventIsAudited)
{
    Case c = sample();
    ASSERT_TRUE(CaseRepository(*m_db, m_clock, m_operator).accept(c));
    QString error;
    const std::unique_ptr<Workflow> workflow = WorkflowFactory::fromDatabase(*m_db, &error);
    ASSERT_TRUE(workflow) << error.toStdString();
    WorkflowCase wc;
    ASSERT_TRUE(WorkflowCase::loadByNumber(*m_db, c.number, &wc, &error)) << error.toStdString();

    auto event = [](EventKind kind) {
        CaseEvent e;
        e.kind = kind;
        e.at = at("2026-11-20T15:00:00");
        e.recordedAt = at("2026-11-20T15:01:00");
        e.executor = QStringLiteral("test");
        return e;
    };
    LocalizedText refusal;
    CaseEvent decision = event(EventKind::DecisionRecorded);
    for (const Actor &who : {m_operator, m_officer, m_admin}) {
        refusal = {};
        EXPECT_FALSE(CaseEventStore(*m_db, who).record(*workflow, wc, decision, nullptr, &refusal, &error));
        EXPECT_TRUE(refusal.en.contains(roleName(who.role, QStringLiteral("en"))));
        EXPECT_TRUE(refusal.en.contains(QStringLiteral("sign decisions"))) << refusal.en.toStdString();
    }
    CaseEvent registered = event(EventKind::Registered);
    EXPECT_FALSE(CaseEventStore(*m_db, m_operator).record(*workflow, wc, registered, nullptr, &refusal, &error));
    EXPECT_TRUE(refusal.en.contains(QStringLiteral("operator")));
    refusal = {};
    ASSERT_TRUE(CaseEventStore(*m_db, m_officer).record(*workflow, wc, registered, nullptr, &refusal, &error))
        << refusal.en.toStdString() << error.toStdString();
    // The head may sign; here the workflow refuses (the case is not that far), not the role.
    refusal = {};
    EXPECT_FALSE(CaseEventStore(*m_db, m_head).record(*workflow, wc, decision, nullptr, &refusal, &error));
    EXPECT_FALSE(refusal.en.contains(QStringLiteral("not permitted"))) << refusal.en.toStdString();

    QList<CaseEvent> stored;
    ASSERT_TRUE(CaseEventStore(*m_db).list(wc.id, &stored, &error));
    EXPECT_EQ(stored.size(), 1);
    const QList<AuditRecord> events = audit(QStringLiteral("case.event"));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().actorLogin, QStringLiteral("officer"));
    EXPECT_EQ(events.first().entityId, c.number);
    EXPECT_EQ(events.first().at, QStringLiteral("2026-11-20T15:01:00"));
    EXPECT_TRUE(events.first().afterJson.contains(QStringLiteral("\"event\":\"registered\"")))
        << events.first().afterJson.toStdString();
}

TEST_F(CoreEnforcementTest, CalendarEditsNeedTheAdministratorAndAreAudited)
{
    CalendarData data;
    QString error;
    ASSERT_TRUE(CalendarStore(*m_db).load(&data, &error)) << error.toStdString();
    CalendarYear y = data.years.value(2027);
    y.year = 2027;
    y.kurbanAit = QDate(2027, 5, 16);

    for (const Actor &who : {m_operator, m_officer, m_head}) {
        EXPECT_FALSE(CalendarStore(*m_db, who).saveYear(y, at("2026-11-20T12:00:00"), &error));
        EXPECT_TRUE(error.contains(roleName(who.role, QStringLiteral("en")))) << error.toStdString();
        EXPECT_FALSE(CalendarStore(*m_db, who).confirmYear(2027, QStringLiteral("x"), at("2026-11-20T12:00:00"),
                                                           &error));
        EXPECT_TRUE(error.contains(QStringLiteral("confirm a calendar year"))) << error.toStdString();
        EXPECT_FALSE(CalendarStore(*m_db, who).importYear(y, at("2026-11-20T12:00:00"), nullptr, &error));
    }
    EXPECT_FALSE(CalendarStore(*m_db).saveYear(y, at("2026-11-20T12:00:00"), &error)) << "no login";
    ASSERT_TRUE(CalendarStore(*m_db).load(&data, &error));
    EXPECT_FALSE(data.years.value(2027).kurbanAit.isValid()) << "nothing was written";

    CalendarStore admin(*m_db, m_admin);
    ASSERT_TRUE(admin.importYear(y, at("2026-11-21T09:00:00"), nullptr, &error)) << error.toStdString();
    ASSERT_TRUE(admin.confirmYear(2027, QStringLiteral("Әкімші"), at("2026-11-21T09:05:00"), &error))
        << error.toStdString();
    const QList<AuditRecord> imports = audit(QStringLiteral("calendar.import"));
    ASSERT_EQ(imports.size(), 1);
    EXPECT_EQ(imports.first().entityKind, QStringLiteral("calendar"));
    EXPECT_EQ(imports.first().entityId, QStringLiteral("2027"));
    EXPECT_TRUE(imports.first().afterJson.contains(QStringLiteral("2027-05-16")));
    const QList<AuditRecord> confirms = audit(QStringLiteral("calendar.confirm"));
    ASSERT_EQ(confirms.size(), 1);
    EXPECT_EQ(confirms.first().at, QStringLiteral("2026-11-21T09:05:00"));
    EXPECT_TRUE(confirms.first().afterJson.contains(QStringLiteral("Әкімші")));
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
}

TEST_F(CoreEnforcementTest, SettingChangesNeedSettingsEditAndHideSecrets)
{
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE test_settings (name TEXT PRIMARY KEY, value TEXT)")));
    auto writer = [this](const QString &value) {
        return [this, value](QString *error) {
            QSqlQuery w(m_db->connection());
            w.prepare(QStringLiteral("INSERT OR REPLACE INTO test_settings (name, value) VALUES ('key', ?)"));
            w.addBindValue(value);
            if (!w.exec() && error)
                *error = QStringLiteral("write failed");
            return !w.lastError().isValid();
        };
    };
    QString error;
    EXPECT_FALSE(SettingChange::apply(*m_db, m_head, m_clock, QStringLiteral("office.name"), QString(),
                                      QStringLiteral("x"), false, writer(QStringLiteral("x")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("change settings"))) << error.toStdString();
    ASSERT_TRUE(SettingChange::apply(*m_db, m_admin, m_clock, QStringLiteral("office.qr-key"), QString(),
                                     QStringLiteral("00ff"), true, writer(QStringLiteral("00ff")), &error))
        << error.toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM test_settings")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    q.finish();
    const QList<AuditRecord> changes = audit(QStringLiteral("setting.change"));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().entityId, QStringLiteral("office.qr-key"));
    EXPECT_FALSE(changes.first().afterJson.contains(QStringLiteral("00ff"))) << "the key stays out of the audit";
}

TEST_F(CoreEnforcementTest, AuditRecordIsRolledBackWithTheCaseItDescribes)
{
    {
        Transaction outer(*m_db);
        Case c = sample();
        ASSERT_TRUE(CaseRepository(*m_db, m_clock, m_operator).accept(c));
        EXPECT_EQ(audit(QStringLiteral("case.accept")).size(), 1);
    } // rolled back
    EXPECT_EQ(cases(), 0);
    EXPECT_TRUE(audit(QStringLiteral("case.accept")).isEmpty());
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
    Case c = sample();
    ASSERT_TRUE(CaseRepository(*m_db, m_clock, m_operator).accept(c));
    EXPECT_EQ(c.number, QStringLiteral("2026-000001"));
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
}
