// Issuing documents records what was printed, not what was previewed: a preview closed
// without printing records nothing; a printed receipt is recorded with its two copy numbers
// (also printed on the copies) and keeps the due date it printed, which the deadlines
// dashboard shows beside the recomputed one after the calendar changed; a reprint asks its
// reason before printing. The printers' offsets are edited as the administrator, audited.
#include "CaseFormLoader.h"
#include "FormPreview.h"
#include "OfficialForm.h"
#include "PrinterOffsetsDialog.h"
#include "PrinterOffsetsStore.h"
#include "UiTestSupport.h"
#include "accounts/AuditLog.h"
#include "calendar/CalendarStore.h"
#include "casecard/DialogRunner.h"
#include "deadlines/DeadlinesDashboard.h"
#include "deadlines/DeadlinesModel.h"
#include "deadlines/DeadlinesSortProxy.h"
#include "decision/DocumentIssuer.h"
#include "decision/ReprintReasonDialog.h"
#include "issuance/IssuedDocumentLog.h"
#include "session/CaseFields.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

QString uiDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

class ReceiptIssueTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        // A file: the dashboard reads it from its own connection.
        db = Database::open(m_dir.filePath(QStringLiteral("issue.sqlite")), &error);
        ASSERT_TRUE(db) << error.toStdString();
        deadlines = std::make_unique<ui::Deadlines>(db.get(), clock);
        ASSERT_TRUE(deadlines->isLoaded());

        c.applicant.surname = QStringLiteral("Сейітқали");
        c.applicant.name = QStringLiteral("Айгерім");
        c.applicant.iin = QStringLiteral("871008401407");
        c.office = QStringLiteral("Алматы қ. ХҚКО №2");
        c.to.country = QStringLiteral("DE");
        c.submittedAt = QDateTime(QDate(2026, 11, 10), QTime(10, 0));
        CaseFields::fillNullTexts(c);
        StorageError storageError;
        ASSERT_TRUE(CaseRepository(*db, clock).accept(c, &storageError)) << storageError.messageEn.toStdString();

        clerk.login = QStringLiteral("aliya");
        clerk.fullName = QStringLiteral("Әлия Серікова");
        clerk.role = Role::Operator;
        admin.login = QStringLiteral("dana");
        admin.role = Role::Administrator;

        FormPreview::setOutcomeInterceptor([this](const forms::OfficialForm &form) {
            events << QStringLiteral("preview");
            shown.push_back({form.kind(), form.data()});
            return FormPreview::Result{outcome, QStringLiteral("HP LaserJet (desk 2)")};
        });
        DialogRunner::setDriver([this](QDialog &dialog) {
            events << QString::fromLatin1(dialog.metaObject()->className());
            return answer ? answer(dialog) : false;
        });
    }

    void TearDown() override
    {
        FormPreview::setOutcomeInterceptor(nullptr);
        DialogRunner::setDriver(nullptr);
        test::UiTest::TearDown();
    }

    DocumentIssuer::Result issueReceipt(IssuedDocument *record = nullptr)
    {
        DocumentIssuer issuer(context(), clerk, nullptr);
        QString message;
        IssuedDocument r;
        const DocumentIssuer::Result result =
            issuer.issue(c, forms::FormKind::Receipt, forms::FormLanguage::Kazakh, &r, &message);
        EXPECT_NE(result, DocumentIssuer::Failed) << message.toStdString();
        if (record)
            *record = r;
        return result;
    }

    QList<IssuedDocument> issued()
    {
        QString error;
        return IssuedDocumentLog::list(*db, c.id, &error);
    }

    // The due dates kept by the printed receipts (case events "receipt-printed").
    QStringList printedDueDates()
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT data FROM case_events WHERE case_id = ? AND kind = 'receipt-printed' "
                                 "ORDER BY id"));
        q.addBindValue(c.id);
        EXPECT_TRUE(q.exec());
        QStringList dates;
        while (q.next())
            dates << QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                         .object()
                         .value(QStringLiteral("serviceDue"))
                         .toString();
        return dates;
    }

    static QModelIndex rowOf(const QAbstractItemModel &m, qint64 caseId, int column)
    {
        for (int g = 0; g < m.rowCount(); ++g) {
            const QModelIndex group = m.index(g, 0);
            for (int r = 0; r < m.rowCount(group); ++r) {
                const QModelIndex i = m.index(r, column, group);
                if (i.data(DeadlinesModel::CaseIdRole).toLongLong() == caseId)
                    return i;
            }
        }
        return QModelIndex();
    }

    struct Shown
    {
        forms::FormKind kind;
        forms::FormData data;
    };

    QTemporaryDir m_dir;
    Case c;
    Actor clerk;
    Actor admin;
    FormPreview::Outcome outcome = FormPreview::Outcome::Printed;
    std::function<bool(QDialog &)> answer;
    QStringList events;
    std::vector<Shown> shown;
};

TEST_F(ReceiptIssueTest, APreviewClosedWithoutPrintingRecordsNothing)
{
    outcome = FormPreview::Outcome::Cancelled;
    EXPECT_EQ(issueReceipt(), DocumentIssuer::Cancelled);
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_TRUE(issued().isEmpty());
    EXPECT_TRUE(printedDueDates().isEmpty());

    // Printed the next time: copies 1 and 2, each numbered on the paper.
    outcome = FormPreview::Outcome::Printed;
    IssuedDocument record;
    EXPECT_EQ(issueReceipt(&record), DocumentIssuer::Issued);
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown.back().data.copies, 2);
    EXPECT_EQ(shown.back().data.firstCopyNumber, 1);
    EXPECT_EQ(record.formKind, QStringLiteral("receipt"));
    EXPECT_EQ(record.copyNumber, 1);
    EXPECT_EQ(record.lastCopyNumber(), 2);
    EXPECT_EQ(record.issuedBy, clerk.login);
    ASSERT_EQ(issued().size(), 1);
    // The receipt keeps the due date it printed.
    const QDate printedDue = shown.back().data.dueDate;
    ASSERT_TRUE(printedDue.isValid());
    EXPECT_EQ(printedDueDates(), QStringList{printedDue.toString(Qt::ISODate)});

    // Audited with the printer it went to.
    AuditFilter f;
    f.entityKind = QStringLiteral("case");
    f.entityId = c.number;
    bool found = false;
    for (const AuditRecord &r : AuditLog::list(*db, f, nullptr)) {
        if (r.action == QLatin1String("document.issue")) {
            found = true;
            EXPECT_TRUE(r.afterJson.contains(QStringLiteral("HP LaserJet (desk 2)"))) << r.afterJson.toStdString();
            EXPECT_EQ(r.actorLogin, clerk.login);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(ReceiptIssueTest, TheFormsNameThePeopleWhoMadeThem)
{
    // No executor in the office settings: the receipt names the person who prints it.
    EXPECT_EQ(issueReceipt(), DocumentIssuer::Issued);
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown.back().data.office.executorName, clerk.fullName);

    // A decision names the executor who prepared it and the head who recorded it.
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO case_events (case_id, kind, at, data, executor, recorded_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const QList<std::pair<QString, QString>> steps{{QStringLiteral("decision-prepared"), QStringLiteral("Нұрлан Ержанов")},
                                                   {QStringLiteral("decision-recorded"), QStringLiteral("Гүлнар Әбенова")}};
    for (const auto &[kind, executor] : steps) {
        q.addBindValue(c.id);
        q.addBindValue(kind);
        q.addBindValue(QStringLiteral("2026-12-01T10:00:00"));
        q.addBindValue(kind == QLatin1String("decision-prepared") ? QStringLiteral("{\"result\":\"positive\"}")
                                                                  : QStringLiteral("{}"));
        q.addBindValue(executor);
        q.addBindValue(QStringLiteral("2026-12-01T10:00:00"));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    forms::FormData decision;
    QString error;
    ASSERT_TRUE(forms::CaseFormLoader(*db).load(forms::FormKind::Decision, c, forms::FormLanguage::Both,
                                                QDate(2026, 12, 2), &decision, &error))
        << error.toStdString();
    EXPECT_EQ(decision.office.executorName, QStringLiteral("Нұрлан Ержанов"));
    EXPECT_EQ(decision.office.headName, QStringLiteral("Гүлнар Әбенова"));
}

TEST_F(ReceiptIssueTest, AReprintAsksItsReasonBeforePrintingAndContinuesTheNumbers)
{
    ASSERT_EQ(issueReceipt(), DocumentIssuer::Issued);
    events.clear();
    answer = [](QDialog &dialog) {
        auto *reprint = qobject_cast<ReprintReasonDialog *>(&dialog);
        if (!reprint)
            return false;
        reprint->reasonEdit()->setEditText(QStringLiteral("the applicant lost it"));
        return true;
    };
    // Reason given, then the preview closed: still nothing recorded.
    outcome = FormPreview::Outcome::Cancelled;
    EXPECT_EQ(issueReceipt(), DocumentIssuer::Cancelled);
    EXPECT_EQ(events, (QStringList{QStringLiteral("exitdesk::ui::ReprintReasonDialog"), QStringLiteral("preview")}));
    EXPECT_EQ(issued().size(), 1);

    outcome = FormPreview::Outcome::SavedPdf;
    IssuedDocument record;
    EXPECT_EQ(issueReceipt(&record), DocumentIssuer::Issued);
    EXPECT_EQ(shown.back().data.firstCopyNumber, 3);
    EXPECT_EQ(record.copyNumber, 3);
    EXPECT_EQ(record.lastCopyNumber(), 4);
    EXPECT_EQ(record.reason, QStringLiteral("the applicant lost it"));
    EXPECT_EQ(printedDueDates().size(), 2);

    // Without a reason the reprint is not printed at all.
    answer = [](QDialog &) { return false; };
    const size_t before = shown.size();
    EXPECT_EQ(issueReceipt(), DocumentIssuer::Cancelled);
    EXPECT_EQ(shown.size(), before);
    EXPECT_EQ(issued().size(), 2);
}

TEST_F(ReceiptIssueTest, TheDashboardShowsThePrintedAndTheRecomputedDueDateAfterACalendarChange)
{
    ASSERT_EQ(issueReceipt(), DocumentIssuer::Issued);
    const QDate printedDue = shown.back().data.dueDate;
    ASSERT_EQ(printedDue, deadlines->serviceDue(c.submittedAt, QStringLiteral("counter")));

    // Later that day (the receipt was printed at 10:15) an administrator makes Wednesday
    // 25 November a day off.
    CalendarStore store(*db);
    CalendarData data;
    QString error;
    ASSERT_TRUE(store.load(&data, &error)) << error.toStdString();
    CalendarYear y = data.years.value(2026);
    y.transfers << DayTransfer{QDate(2026, 11, 25), TransferKind::DayOff, QStringLiteral("test")};
    ASSERT_TRUE(store.saveYear(y, QDateTime(QDate(2026, 11, 20), QTime(12, 0)), &error)) << error.toStdString();
    deadlines->reload();
    const QDate recomputed = deadlines->serviceDue(c.submittedAt, QStringLiteral("counter"));
    ASSERT_EQ(recomputed, printedDue.addDays(1));

    DeadlinesDashboard dash(context());
    dash.reloadNow();
    const QAbstractItemModel &m = *dash.proxy();
    EXPECT_EQ(rowOf(m, c.id, DeadlinesModel::ServiceDueColumn).data().toString(), uiDate(recomputed));
    EXPECT_EQ(rowOf(m, c.id, DeadlinesModel::PrintedDueColumn).data().toString(), uiDate(printedDue));
}

TEST_F(ReceiptIssueTest, PrinterOffsetsAreEditedAsTheAdministratorAndAudited)
{
    answer = [](QDialog &dialog) {
        auto *d = qobject_cast<PrinterOffsetsDialog *>(&dialog);
        if (!d)
            return false;
        d->printerBox()->setCurrentText(QStringLiteral("Kyocera (desk 3)"));
        d->xBox()->setValue(1.5);
        d->yBox()->setValue(-2);
        return true;
    };
    EXPECT_TRUE(PrinterOffsetsDialog::edit(nullptr, *db, clock, admin, QStringLiteral("Kyocera (desk 3)")));
    const forms::PrintOffsets o = forms::PrinterOffsetsStore(*db).offsets(QStringLiteral("Kyocera (desk 3)"));
    EXPECT_DOUBLE_EQ(o.xMm, 1.5);
    EXPECT_DOUBLE_EQ(o.yMm, -2);
    AuditFilter f;
    f.entityKind = QStringLiteral("setting");
    f.entityId = forms::PrinterOffsetsStore::settingName(QStringLiteral("Kyocera (desk 3)"));
    const QList<AuditRecord> audit = AuditLog::list(*db, f, nullptr);
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().actorLogin, admin.login);

    // Shown again for the printer; an operator may not change them.
    answer = [](QDialog &dialog) {
        auto *d = qobject_cast<PrinterOffsetsDialog *>(&dialog);
        if (!d)
            return false;
        EXPECT_DOUBLE_EQ(d->xBox()->value(), 1.5);
        d->xBox()->setValue(5);
        return true;
    };
    EXPECT_FALSE(PrinterOffsetsDialog::edit(nullptr, *db, clock, clerk, QStringLiteral("Kyocera (desk 3)")));
    EXPECT_DOUBLE_EQ(forms::PrinterOffsetsStore(*db).offsets(QStringLiteral("Kyocera (desk 3)")).xMm, 1.5);
}

} // namespace
