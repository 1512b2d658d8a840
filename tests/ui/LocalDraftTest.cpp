// Nothing typed at the counter is lost when the office's PostgreSQL server goes away: saving
// then fails with a clear "unreachable" (not a refusal, not a bare driver error), the
// questionnaire is kept in a file on the workstation, and once the server is back saving
// again (or the offer at the next start) stores it and removes the file. Runs on a server of
// its own that the test stops and starts.
#include "AccountsUiTestSupport.h"
#include "MessageBox.h"
#include "OfficialForm.h"
#include "OwnPgServer.h"
#include "UiTestSupport.h"
#include "editor/LocalDraftsPrompt.h"
#include "interchange/CaseJson.h"
#include "session/CaseEditSession.h"
#include "session/IntakeController.h"
#include "session/LocalDrafts.h"
#include "storage/CaseRepository.h"
#include "storage/LocalDraftStore.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace exitdesk::test {
namespace {

using ui::CaseEditSession;
using ui::IntakeController;
using ui::LocalDrafts;

// A questionnaire half filled in, as it is when the operator presses Save.
void fillSome(CaseEditSession &session, const QString &surname)
{
    session.setValue(QStringLiteral("applicant.surname"), surname);
    session.setValue(QStringLiteral("applicant.name"), QStringLiteral("Айгүл"));
    session.setValue(QStringLiteral("applicant.birthDate"), QDate(1980, 3, 14));
    session.setValue(QStringLiteral("to.country"), QStringLiteral("Германия"));
    const int row = session.addRow(QStringLiteral("children"));
    session.setValue(QStringLiteral("children[%1].name").arg(row), QStringLiteral("Дана"));
}

TEST(LocalDraftStoreTest, KeepsAHalfFilledQuestionnaireAndGivesItBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LocalDraftStore store(dir.filePath(QStringLiteral("drafts")));
    Case c;
    c.id = 17;
    c.version = 3;
    c.applicant.surname = QStringLiteral("Өтегенова");
    c.applicant.birthDate = QDate(1980, 3, 14);
    c.children.append(Child{});
    c.children[0].name = QStringLiteral("Дана");
    const QDateTime kept(QDate(2026, 11, 20), QTime(10, 15));
    QString key;
    QString error;
    ASSERT_TRUE(store.save(c, QStringLiteral("postgresql://clerk@db/exitdesk"), kept, &key, &error))
        << error.toStdString();
    ASSERT_FALSE(key.isEmpty());
    EXPECT_TRUE(QFile::exists(store.filePath(key)));

    // Saving under the same key replaces the file: one file per questionnaire.
    c.applicant.name = QStringLiteral("Айгүл");
    ASSERT_TRUE(store.save(c, QStringLiteral("postgresql://clerk@db/exitdesk"), kept, &key, &error));
    EXPECT_EQ(QDir(store.directory()).entryList(QDir::Files).size(), 1);

    const std::optional<LocalDraft> back = store.load(key, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->caseData.applicant.surname, c.applicant.surname);
    EXPECT_EQ(back->caseData.applicant.name, c.applicant.name);
    EXPECT_EQ(back->caseData.applicant.birthDate, c.applicant.birthDate);
    ASSERT_EQ(back->caseData.children.size(), 1);
    EXPECT_EQ(back->caseData.children[0].name, QStringLiteral("Дана"));
    EXPECT_EQ(back->caseData.id, 17);
    EXPECT_EQ(back->caseData.version, 3);
    EXPECT_EQ(back->keptAt, kept);

    // Only the drafts of the database asked for; a broken file is named, not fatal.
    EXPECT_EQ(store.listFor(QStringLiteral("postgresql://clerk@db/exitdesk")).size(), 1);
    EXPECT_TRUE(store.listFor(QStringLiteral("/home/clerk/exitdesk.sqlite")).isEmpty());
    QFile broken(QDir(store.directory()).filePath(QStringLiteral("broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    QStringList unreadable;
    EXPECT_EQ(store.list(&unreadable).size(), 1);
    EXPECT_EQ(unreadable.size(), 1);

    // A key never names a file outside the folder.
    QString evil = QStringLiteral("../escape");
    EXPECT_FALSE(store.save(c, QString(), kept, &evil, &error));
    EXPECT_FALSE(store.remove(QStringLiteral("../../etc/passwd")));

    EXPECT_TRUE(store.remove(key, &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(store.filePath(key)));
}

class LocalDraftTest : public AccountsUiTest
{
protected:
    void SetUp() override
    {
        AccountsUiTest::SetUp();
        ASSERT_TRUE(m_drafts.isValid());
        qputenv("EXITDESK_DRAFTS_DIR", m_drafts.path().toLocal8Bit());
    }
    void TearDown() override
    {
        qunsetenv("EXITDESK_DRAFTS_DIR");
        pg.reset();
        AccountsUiTest::TearDown();
    }

    // Opens the server's database as the program would; false ends the test.
    bool openServer()
    {
        if (!server.ready()) {
            m_skip = server.error();
            return false;
        }
        QString error;
        pg = Database::open(server.url(), &error);
        EXPECT_TRUE(pg) << error.toStdString();
        return pg != nullptr;
    }
    ui::AppContext pgContext() { return ui::AppContext{pg.get(), &clock, language.get(), nullptr, nullptr}; }

    QStringList draftFiles() const
    {
        return QDir(m_drafts.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
    }
    QString draftText() const
    {
        QFile f(QDir(m_drafts.path()).filePath(draftFiles().value(0)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    std::optional<Case> stored(qint64 id) { return CaseRepository(*pg, clock).loadById(id); }

    OwnPgServer server;
    std::unique_ptr<Database> pg;
    QTemporaryDir m_drafts;
    QString m_skip;
};

TEST_F(LocalDraftTest, UnreachableServerKeepsTheQuestionnaireUntilItCanBeSaved)
{
    if (!openServer())
        GTEST_SKIP() << m_skip.toStdString();
    CaseEditSession session(clock);
    IntakeController intake(pgContext());
    fillSome(session, QStringLiteral("Өтегенова"));
    IntakeController::Result r = intake.saveDraft(session);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    const qint64 id = session.caseData().id;
    ASSERT_GT(id, 0);
    EXPECT_TRUE(draftFiles().isEmpty());

    // The operator goes on typing; meanwhile the server goes down.
    session.setValue(QStringLiteral("applicant.patronymic"), QStringLiteral("Серікқызы"));
    ASSERT_TRUE(server.stop()) << server.error().toStdString();

    // Core says why: unreachable, not a refusal or a bare driver error.
    Case probe = session.caseData();
    StorageError error;
    EXPECT_FALSE(CaseRepository(*pg, clock).saveDraft(probe, &error));
    EXPECT_EQ(error.kind, StorageError::Unreachable) << error.messageEn.toStdString();

    r = intake.saveDraft(session);
    EXPECT_FALSE(r.ok);
    // The message (in the screens' language) names the file the questionnaire is kept in.
    EXPECT_TRUE(r.error.contains(QDir::toNativeSeparators(m_drafts.path()))) << r.error.toStdString();
    ASSERT_EQ(draftFiles().size(), 1);
    EXPECT_TRUE(draftText().contains(QStringLiteral("Серікқызы")));
    EXPECT_FALSE(session.localDraftKey().isEmpty());
    EXPECT_TRUE(session.isModified()) << "the questionnaire is not saved yet";

    // Saving again while the server is still down keeps one file, updated.
    session.setValue(QStringLiteral("applicant.phone"), QStringLiteral("+7 701 000 00 00"));
    r = intake.saveDraft(session);
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(draftFiles().size(), 1);
    EXPECT_TRUE(draftText().contains(QStringLiteral("+7 701 000 00 00")));

    // The server is back: the same Save stores it (reconnecting) and the file goes.
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    r = intake.saveDraft(session);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(session.caseData().id, id) << "the stored draft was updated, not duplicated";
    EXPECT_TRUE(draftFiles().isEmpty());
    EXPECT_TRUE(session.localDraftKey().isEmpty());
    const std::optional<Case> inDb = stored(id);
    ASSERT_TRUE(inDb);
    EXPECT_EQ(inDb->applicant.patronymic, QStringLiteral("Серікқызы"));
    EXPECT_EQ(inDb->applicant.phone, QStringLiteral("+7 701 000 00 00"));
}

TEST_F(LocalDraftTest, KeptQuestionnairesAreOfferedAtTheNextStart)
{
    if (!openServer())
        GTEST_SKIP() << m_skip.toStdString();
    // A new questionnaire, never stored: the server is down at the first Save.
    ASSERT_TRUE(server.stop()) << server.error().toStdString();
    {
        CaseEditSession session(clock);
        IntakeController intake(pgContext());
        fillSome(session, QStringLiteral("Жұмабаева"));
        const IntakeController::Result r = intake.saveDraft(session);
        EXPECT_FALSE(r.ok);
        ASSERT_EQ(draftFiles().size(), 1) << r.error.toStdString();
    } // the program is closed
    pg.reset();

    // Next start, the server is back.
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    QString error;
    pg = Database::open(server.url(), &error);
    ASSERT_TRUE(pg) << error.toStdString();
    EXPECT_EQ(LocalDrafts(pgContext()).pending().size(), 1);

    // "Not now" keeps them for later.
    ui::MessageBox::setNextAnswer(ui::MessageBox::No);
    EXPECT_EQ(ui::LocalDraftsPrompt::offer(pgContext(), nullptr), 0);
    EXPECT_EQ(draftFiles().size(), 1);

    ui::MessageBox::setNextAnswer(ui::MessageBox::Yes);
    QString told; // what the operator is told afterwards
    whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
        told = box->text();
        box->accept();
    });
    EXPECT_EQ(ui::LocalDraftsPrompt::offer(pgContext(), nullptr), 1);
    EXPECT_TRUE(draftFiles().isEmpty());
    bool found = false;
    QSqlQuery q(pg->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT status, surname FROM cases")));
    while (q.next()) {
        if (q.value(1).toString() == QStringLiteral("Жұмабаева")) {
            found = true;
            EXPECT_EQ(q.value(0).toString(), QStringLiteral("draft"));
        }
    }
    EXPECT_TRUE(found);
    QSqlQuery id(pg->connection());
    ASSERT_TRUE(id.exec(QStringLiteral("SELECT MAX(id) FROM cases")) && id.next());
    EXPECT_TRUE(told.contains(QStringLiteral("#%1").arg(id.value(0).toLongLong()))) << told.toStdString();
}

TEST_F(LocalDraftTest, AnAcceptanceThatCannotReachTheServerKeepsTheQuestionnaireUnnumbered)
{
    if (!openServer())
        GTEST_SKIP() << m_skip.toStdString();
    QFile file(dataPath(QStringLiteral("cases/valid-single.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QList<Case> cases;
    Findings findings;
    ASSERT_TRUE(CaseJson::parseDocument(file.readAll(), &cases, &findings));
    Case c = cases.first();
    c.number.clear();
    c.submittedAt = QDateTime();
    CaseEditSession session(clock);
    session.setCase(c);
    for (const Finding &f : session.findings())
        session.confirmWarning(f);
    ASSERT_TRUE(session.canAccept()) << session.errorCount() << " errors";

    ASSERT_TRUE(server.stop()) << server.error().toStdString();
    IntakeController intake(pgContext());
    IntakeController::Result r = intake.accept(session, forms::FormLanguage::Kazakh);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.form) << "no receipt for a case that is not stored";
    // The questionnaire as the operator left it: no number, no submission time stamped.
    EXPECT_TRUE(session.caseData().number.isEmpty());
    EXPECT_FALSE(session.caseData().submittedAt.isValid());
    ASSERT_EQ(draftFiles().size(), 1) << r.error.toStdString();
    const QList<LocalDraft> kept = LocalDrafts(pgContext()).pending();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().caseData.applicant.iin, c.applicant.iin);
    EXPECT_TRUE(kept.first().caseData.number.isEmpty());

    // Back: accepting now numbers it and the local copy goes.
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    r = intake.accept(session, forms::FormLanguage::Kazakh);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_FALSE(session.caseData().number.isEmpty());
    EXPECT_TRUE(draftFiles().isEmpty());
    const std::optional<Case> inDb = stored(session.caseData().id);
    ASSERT_TRUE(inDb);
    EXPECT_EQ(inDb->status, CaseStatus::Accepted);
}

TEST_F(LocalDraftTest, AStoreThatFailsForAnotherReasonKeepsNothingLocally)
{
    // A refusal is not a lost connection: nothing is written to the workstation.
    addAccount(QStringLiteral("admin"), Role::Administrator, QStringLiteral("admin-pass-1"));
    const Actor admin = m_admin; // an administrator may not edit cases
    ui::AppContext ctx = context();
    ctx.actor = &admin;
    CaseEditSession session(clock);
    fillSome(session, QStringLiteral("Сейітова"));
    const IntakeController::Result r = IntakeController(ctx).saveDraft(session);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_TRUE(draftFiles().isEmpty());
    EXPECT_TRUE(session.localDraftKey().isEmpty());
}

} // namespace
} // namespace exitdesk::test
