// The log of issued documents: copy numbers per case and form, the reason a reprint must
// give, who may issue what, and the audit record written with each issue.
#include "PgScratchDatabase.h"
#include "TestSupport.h"
#include "accounts/AccountRepository.h"
#include "accounts/AuditLog.h"
#include "interchange/CaseJson.h"
#include "issuance/IssuedDocumentLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "workflow/CaseEventStore.h"

#include <QSqlQuery>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace exitdesk;

namespace {

Actor makeActor(const QString &login, Role role)
{
    Actor a;
    a.login = login;
    a.fullName = login.toUpper();
    a.role = role;
    a.workstation = QStringLiteral("desk-1");
    return a;
}

// Runs on SQLite, and on PostgreSQL when the test server runs (EXITDESK_TEST_PG).
class IssuanceTest : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        QString error;
        QString location = QStringLiteral(":memory:");
        if (GetParam()) {
            pg = std::make_unique<test::PgScratchDatabase>();
            if (pg->url().isEmpty())
                GTEST_SKIP() << pg->error().toStdString();
            location = pg->url();
        }
        db = Database::open(location, &error);
        ASSERT_TRUE(db) << error.toStdString();
        QFile file(test::dataPath(QStringLiteral("cases/valid-family.json")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QList<Case> cases;
        Findings findings;
        ASSERT_TRUE(CaseJson::parseDocument(file.readAll(), &cases, &findings));
        ASSERT_EQ(cases.size(), 1);
        c = cases.first();
        CaseRepository repository(*db, clock);
        StorageError storageError;
        ASSERT_TRUE(repository.accept(c, &storageError)) << storageError.messageEn.toStdString();
    }

    // The case's audit records about documents (accepting it is audited too).
    QList<AuditRecord> auditOfCase()
    {
        AuditFilter f;
        f.entityKind = QStringLiteral("case");
        f.entityId = c.number;
        QList<AuditRecord> records;
        for (const AuditRecord &r : AuditLog::list(*db, f, nullptr)) {
            if (r.action.startsWith(QStringLiteral("document.")))
                records << r;
        }
        return records;
    }

    void TearDown() override { db.reset(); }

    test::FixedClock clock{QDateTime(QDate(2026, 12, 21), QTime(11, 30))};
    std::unique_ptr<test::PgScratchDatabase> pg; // outlives db (declared first)
    std::unique_ptr<Database> db;
    Case c;
    Actor operatorActor = makeActor(QStringLiteral("aliya"), Role::Operator);
};

TEST_P(IssuanceTest, FirstIssueIsCopyOneAndAudited)
{
    IssuedDocument d;
    QString error;
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("decision"),
                                          QStringLiteral("kk"), 1, QString(), &d, &error))
        << error.toStdString();
    EXPECT_EQ(d.copyNumber, 1);
    EXPECT_FALSE(d.isReprint());
    EXPECT_GT(d.id, 0);

    const QList<IssuedDocument> listed = IssuedDocumentLog::list(*db, c.id, &error);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().formKind, QStringLiteral("decision"));
    EXPECT_EQ(listed.first().issuedBy, QStringLiteral("aliya"));
    EXPECT_EQ(listed.first().issuedByName, QStringLiteral("ALIYA"));
    EXPECT_EQ(listed.first().role, QStringLiteral("operator"));
    EXPECT_EQ(listed.first().workstation, QStringLiteral("desk-1"));
    EXPECT_EQ(listed.first().issuedAt, clock.now());
    EXPECT_EQ(listed.first().lang, QStringLiteral("kk"));

    const QList<AuditRecord> audit = auditOfCase();
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().action, QStringLiteral("document.issue"));
    EXPECT_EQ(audit.first().actorLogin, QStringLiteral("aliya"));
    const QJsonObject after = QJsonDocument::fromJson(audit.first().afterJson.toUtf8()).object();
    EXPECT_EQ(after.value(QStringLiteral("form")).toString(), QStringLiteral("decision"));
    EXPECT_EQ(after.value(QStringLiteral("copy")).toInt(), 1);
    EXPECT_TRUE(AuditLog::verify(*db).ok);
}

TEST_P(IssuanceTest, ReprintNeedsAReasonAndGetsTheNextCopyNumber)
{
    QString error;
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("decision"),
                                          QStringLiteral("ru"), 1, QString(), nullptr, &error));
    EXPECT_EQ(IssuedDocumentLog::issuedCount(*db, c.id, QStringLiteral("decision"), &error), 1);

    // Without a reason nothing is written, neither the record nor its audit.
    EXPECT_FALSE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("decision"),
                                           QStringLiteral("ru"), 1, QStringLiteral("   "), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("reason"))) << error.toStdString();
    EXPECT_EQ(IssuedDocumentLog::list(*db, c.id, &error).size(), 1);
    EXPECT_EQ(auditOfCase().size(), 1);

    IssuedDocument d;
    clock.set(clock.now().addSecs(600));
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("decision"),
                                          QStringLiteral("ru"), 1, QStringLiteral("the first copy was spoilt"), &d,
                                          &error))
        << error.toStdString();
    EXPECT_EQ(d.copyNumber, 2);
    EXPECT_TRUE(d.isReprint());
    EXPECT_EQ(d.reason, QStringLiteral("the first copy was spoilt"));

    // Another form of the same case counts on its own.
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("decision-e"),
                                          QStringLiteral("kk"), 1, QString(), &d, &error));
    EXPECT_EQ(d.copyNumber, 1);

    const QList<IssuedDocument> listed = IssuedDocumentLog::list(*db, c.id, &error);
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed.at(1).copyNumber, 2);
    EXPECT_EQ(listed.at(1).reason, QStringLiteral("the first copy was spoilt"));
    const QList<AuditRecord> audit = auditOfCase();
    ASSERT_EQ(audit.size(), 3);
    EXPECT_EQ(audit.at(1).action, QStringLiteral("document.reprint"));
    EXPECT_TRUE(audit.at(1).afterJson.contains(QStringLiteral("spoilt")));
}

TEST_P(IssuanceTest, PermissionsDependOnTheForm)
{
    QString error;
    const Actor officer = makeActor(QStringLiteral("berik"), Role::Officer);
    EXPECT_FALSE(IssuedDocumentLog::record(*db, officer, clock, c.id, QStringLiteral("decision"), QStringLiteral("kk"),
                                           1, QString(), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("officer"))) << error.toStdString();
    EXPECT_TRUE(IssuedDocumentLog::list(*db, c.id, &error).isEmpty());
    EXPECT_TRUE(auditOfCase().isEmpty());

    // The head prints the paper decision to sign and stamp it, but hands out no receipts.
    const Actor head = makeActor(QStringLiteral("gulnar"), Role::Head);
    EXPECT_TRUE(IssuedDocumentLog::record(*db, head, clock, c.id, QStringLiteral("decision"), QStringLiteral("kk"), 1,
                                          QString(), nullptr, &error))
        << error.toStdString();
    EXPECT_FALSE(IssuedDocumentLog::mayIssue(head, QStringLiteral("receipt")));
    EXPECT_TRUE(IssuedDocumentLog::mayIssue(operatorActor, QStringLiteral("receipt")));
    EXPECT_FALSE(IssuedDocumentLog::mayIssue(makeActor(QStringLiteral("admin"), Role::Administrator),
                                             QStringLiteral("refusal")));
}

TEST_P(IssuanceTest, RefusesUnknownFormsLanguagesAndCases)
{
    QString error;
    EXPECT_FALSE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("passport"),
                                           QStringLiteral("kk"), 1, QString(), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("passport")));
    EXPECT_FALSE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("refusal"),
                                           QStringLiteral("de"), 1, QString(), nullptr, &error));
    EXPECT_FALSE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id + 100, QStringLiteral("refusal"),
                                           QStringLiteral("kk"), 1, QString(), nullptr, &error));
    EXPECT_FALSE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("refusal"),
                                           QStringLiteral("kk"), 0, QString(), nullptr, &error));
    EXPECT_TRUE(IssuedDocumentLog::list(*db, c.id, &error).isEmpty());
    EXPECT_TRUE(auditOfCase().isEmpty());
}

TEST_P(IssuanceTest, MessagesFollowTheActorsLanguage)
{
    QString error;
    EXPECT_FALSE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id + 100, QStringLiteral("refusal"),
                                           QStringLiteral("kk"), 1, QString(), nullptr, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("no case")));
    Actor ru = operatorActor;
    ru.lang = QStringLiteral("ru");
    EXPECT_FALSE(IssuedDocumentLog::record(*db, ru, clock, c.id + 100, QStringLiteral("refusal"), QStringLiteral("kk"),
                                           1, QString(), nullptr, &error));
    EXPECT_TRUE(error.startsWith(QString::fromUtf8("нет дела"))) << error.toStdString();
}

TEST_P(IssuanceTest, CopiesPrintedTogetherTakeConsecutiveNumbers)
{
    // A receipt is made in two copies, one for each side: copies 1 and 2.
    IssuedDocument first;
    QString error;
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("receipt"),
                                          QStringLiteral("kk"), 2, QString(), &first, &error))
        << error.toStdString();
    EXPECT_EQ(first.copyNumber, 1);
    EXPECT_EQ(first.lastCopyNumber(), 2);
    EXPECT_FALSE(first.isReprint());
    EXPECT_EQ(IssuedDocumentLog::issuedCount(*db, c.id, QStringLiteral("receipt"), &error), 2);
    EXPECT_EQ(IssuedDocumentLog::nextCopyNumber(*db, c.id, QStringLiteral("receipt"), &error), 3);

    // Printed again: copies 3 and 4, with the reason.
    IssuedDocument again;
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, c.id, QStringLiteral("receipt"),
                                          QStringLiteral("kk"), 2, QStringLiteral("lost"), &again, &error));
    EXPECT_EQ(again.copyNumber, 3);
    EXPECT_EQ(again.lastCopyNumber(), 4);
    EXPECT_TRUE(again.isReprint());
    const QList<AuditRecord> audit = auditOfCase();
    ASSERT_EQ(audit.size(), 2);
    const QJsonObject after = QJsonDocument::fromJson(audit.at(1).afterJson.toUtf8()).object();
    EXPECT_EQ(after.value(QStringLiteral("copy")).toInt(), 3);
    EXPECT_EQ(after.value(QStringLiteral("copies")).toInt(), 2);
}

TEST_P(IssuanceTest, ACopyNumberAlreadyPrintedElsewhereIsRefused)
{
    // Two workstations printed copy 1 at the same time; the second to record is refused, so
    // no two records claim the number printed on paper.
    IssuedDocumentLog::Request r;
    r.caseId = c.id;
    r.formKind = QStringLiteral("decision");
    r.lang = QStringLiteral("kk");
    r.firstCopyNumber = 1;
    r.target = QStringLiteral("HP LaserJet");
    QString error;
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, r, nullptr, &error)) << error.toStdString();
    r.reason = QStringLiteral("spoilt");
    EXPECT_FALSE(IssuedDocumentLog::record(*db, operatorActor, clock, r, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("another workstation"))) << error.toStdString();
    EXPECT_EQ(IssuedDocumentLog::list(*db, c.id, &error).size(), 1);
    // Where it was printed is in the audit.
    const QList<AuditRecord> audit = auditOfCase();
    ASSERT_EQ(audit.size(), 1);
    EXPECT_TRUE(audit.first().afterJson.contains(QStringLiteral("HP LaserJet")));
}

TEST_P(IssuanceTest, TheReceiptKeepsTheDueDateItPrintedOutsideTheWorkflow)
{
    IssuedDocumentLog::Request r;
    r.caseId = c.id;
    r.formKind = QStringLiteral("receipt");
    r.lang = QStringLiteral("ru");
    r.copies = 2;
    r.printedServiceDue = QDate(2027, 1, 22);
    QString error;
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, r, nullptr, &error)) << error.toStdString();

    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT kind, at, data, executor FROM case_events WHERE case_id = ?"));
    q.addBindValue(c.id);
    ASSERT_TRUE(q.exec());
    int rows = 0;
    while (q.next()) {
        ++rows;
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("receipt-printed"));
        EXPECT_EQ(q.value(1).toString(), QStringLiteral("2026-12-21T11:30:00"));
        const QJsonObject data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        EXPECT_EQ(data.value(QStringLiteral("serviceDue")).toString(), QStringLiteral("2027-01-22"));
        EXPECT_EQ(q.value(3).toString(), QStringLiteral("ALIYA"));
    }
    EXPECT_EQ(rows, 1);
    // The workflow's events do not include it: the stage is derived as before.
    QList<CaseEvent> events;
    ASSERT_TRUE(CaseEventStore(*db).list(c.id, &events, &error)) << error.toStdString();
    EXPECT_TRUE(events.isEmpty());

    // Other forms keep no such row.
    r.formKind = QStringLiteral("decision");
    ASSERT_TRUE(IssuedDocumentLog::record(*db, operatorActor, clock, r, nullptr, &error));
    ASSERT_TRUE(q.exec());
    rows = 0;
    while (q.next())
        ++rows;
    EXPECT_EQ(rows, 1);
}

TEST_P(IssuanceTest, TheSetupActorIssuesOnlyWhileThereAreNoAccounts)
{
    const Actor setup = Actor::setupActor(QStringLiteral("desk-1"));
    QString error;
    ASSERT_TRUE(IssuedDocumentLog::record(*db, setup, clock, c.id, QStringLiteral("receipt"), QStringLiteral("kk"), 2,
                                          QString(), nullptr, &error))
        << error.toStdString();
    Finding refusal;
    ASSERT_TRUE(AccountRepository::add(*db, setup, clock, QStringLiteral("admin"), QStringLiteral("Admin"),
                                       Role::Administrator, QStringLiteral("Correct-horse-42"), &refusal))
        << refusal.messageEn.toStdString();
    // Once an account exists, the setup actor is nobody: Authorization refuses it.
    EXPECT_FALSE(IssuedDocumentLog::record(*db, setup, clock, c.id, QStringLiteral("receipt"), QStringLiteral("kk"), 2,
                                           QStringLiteral("again"), nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("login"))) << error.toStdString();
    EXPECT_EQ(IssuedDocumentLog::list(*db, c.id, &error).size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Dialects, IssuanceTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &info) {
                             return info.param ? std::string("PostgreSQL") : std::string("SQLite");
                         });

} // namespace
