// The decision through the case card: a case with two children taken from registration to
// an approval, the decision (Annex 8) produced for the preview naming both children, its
// issue recorded as copy 1, a reprint asking for its reason and recorded as copy 2; and a
// refusal on grounds picked from the catalogue with an edited «until» text (Annex 6), printed
// in two numbered copies; a preview closed without printing records nothing.
#include "CaseCardFixture.h"

#include "CaseFormLoader.h"
#include "accounts/AuditLog.h"
#include "decision/DecisionDialog.h"
#include "decision/DocumentsPanel.h"
#include "decision/GroundsTable.h"
#include "decision/ReprintReasonDialog.h"
#include "issuance/IssuedDocumentLog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableWidget>

using namespace exitdesk;

namespace {

class DecisionTest : public test::CaseCardFixture
{
protected:
    QList<IssuedDocument> issued()
    {
        QString error;
        return IssuedDocumentLog::list(*db, accepted.id, &error);
    }
};

TEST_F(DecisionTest, ADecisionWithChildrenIsIssuedAndReprintedWithAReason)
{
    openCard(head);
    recordUpToTheAnswers();
    EXPECT_TRUE(card->state().allAnswered());
    EXPECT_FALSE(card->documents()->button(forms::FormKind::Decision)->isEnabled());

    // The head approves in the decision dialog; the paper decision opens for printing.
    answer = [](QDialog &dialog) {
        auto *decision = qobject_cast<ui::DecisionDialog *>(&dialog);
        EXPECT_TRUE(decision);
        if (!decision)
            return false;
        EXPECT_TRUE(decision->approveButton()->isChecked()); // every answer was positive
        EXPECT_TRUE(decision->printBox()->isChecked());
        EXPECT_TRUE(decision->okButton()->isEnabled());
        return true;
    };
    press(EventKind::DecisionPrepared);
    EXPECT_EQ(storedEvents().last().kind, EventKind::DecisionPrepared);
    EXPECT_EQ(storedEvents().last().data.value(QStringLiteral("result")).toString(), QStringLiteral("positive"));
    EXPECT_EQ(card->state().outcome, Outcome::Positive);

    ASSERT_EQ(previewed.size(), 1u);
    const test::PreviewedForm &decision = previewed.front();
    EXPECT_EQ(decision.kind, forms::FormKind::Decision);
    EXPECT_EQ(decision.data.language, forms::FormLanguage::Kazakh);
    EXPECT_EQ(decision.data.issueDate, QDate(2026, 11, 20));
    ASSERT_EQ(decision.data.caseData.children.size(), 2);
    for (const Child &child : accepted.children) {
        const QString fact = child.fullName() + QLatin1Char('|') + child.birthDate.toString(Qt::ISODate);
        EXPECT_TRUE(decision.content.contains(fact)) << decision.content.toStdString();
    }

    QList<IssuedDocument> documents = issued();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.first().formKind, QStringLiteral("decision"));
    EXPECT_EQ(documents.first().copyNumber, 1);
    EXPECT_EQ(documents.first().issuedBy, head.login);
    EXPECT_EQ(documents.first().issuedAt, clock.now());
    QTableWidget *table = card->documents()->issuedTable();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("1"));
    EXPECT_EQ(table->item(0, 2)->text().split(QLatin1Char('\n')).value(0), head.fullName);
    EXPECT_EQ(table->item(0, 2)->text().split(QLatin1Char('\n')).value(1), clock.now().toString(QStringLiteral("dd.MM.yyyy HH:mm")));

    // Printing it again asks why; the reason is recorded with copy 2.
    clock.set(QDateTime(QDate(2026, 11, 20), QTime(15, 40)));
    dialogsSeen.clear();
    answer = [](QDialog &dialog) {
        auto *reprint = qobject_cast<ui::ReprintReasonDialog *>(&dialog);
        EXPECT_TRUE(reprint);
        if (!reprint)
            return false;
        EXPECT_FALSE(reprint->okButton()->isEnabled()); // no reason yet
        reprint->reasonEdit()->setEditText(QStringLiteral("stamp smudged"));
        EXPECT_TRUE(reprint->okButton()->isEnabled());
        return true;
    };
    ASSERT_TRUE(card->documents()->button(forms::FormKind::Decision)->isEnabled());
    card->documents()->button(forms::FormKind::Decision)->click();
    EXPECT_EQ(dialogsSeen, QStringList{QStringLiteral("exitdesk::ui::ReprintReasonDialog")});
    EXPECT_EQ(previewed.size(), 2u);
    documents = issued();
    ASSERT_EQ(documents.size(), 2);
    EXPECT_EQ(documents.at(1).copyNumber, 2);
    EXPECT_EQ(documents.at(1).reason, QStringLiteral("stamp smudged"));
    EXPECT_EQ(documents.at(1).issuedAt, QDateTime(QDate(2026, 11, 20), QTime(15, 40)));
    EXPECT_EQ(table->rowCount(), 2);
    EXPECT_TRUE(table->item(1, 2)->text().endsWith(QStringLiteral(": stamp smudged"))) << table->item(1, 2)->text().toStdString();

    // Both issues are in the audit log, the reprint with its reason.
    AuditFilter filter;
    filter.entityKind = QStringLiteral("case");
    filter.entityId = accepted.number;
    QStringList actions;
    for (const AuditRecord &r : AuditLog::list(*db, filter, nullptr)) {
        if (r.action.startsWith(QStringLiteral("document.")))
            actions << r.action;
    }
    EXPECT_EQ(actions, (QStringList{QStringLiteral("document.issue"), QStringLiteral("document.reprint")}));

    // A reprint whose reason is not given is not printed and not recorded.
    answer = [](QDialog &) { return false; };
    EXPECT_FALSE(card->documents()->issue(forms::FormKind::Decision));
    EXPECT_EQ(previewed.size(), 2u);
    EXPECT_EQ(issued().size(), 2);
}

TEST_F(DecisionTest, EveryIssuedDocumentIsShownWholeOnTheCard)
{
    openCard(head);
    recordUpToTheAnswers();
    press(EventKind::DecisionPrepared); // approved and printed: copy 1
    answer = [](QDialog &dialog) {
        auto *reprint = qobject_cast<ui::ReprintReasonDialog *>(&dialog);
        if (!reprint)
            return false;
        reprint->reasonEdit()->setEditText(QStringLiteral("stamp smudged"));
        return true;
    };
    card->documents()->button(forms::FormKind::Decision)->click(); // copy 2
    card->documents()->button(forms::FormKind::Decision)->click(); // copy 3
    ASSERT_EQ(issued().size(), 3);

    // At the card's usual size every row of three lines (document and language, who and when,
    // the reprint's reason) is inside the table, which is itself on the screen whole.
    card->resize(1180, 760);
    QCoreApplication::processEvents();
    test::snapshot(card.get(), QStringLiteral("card-documents"));
    QTableWidget *table = card->documents()->issuedTable();
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->verticalScrollBar()->value(), 0);
    const QFontMetrics fm(table->font());
    for (int row = 0; row < 3; ++row) {
        const QRect cell = table->visualRect(table->model()->index(row, 2));
        EXPECT_TRUE(table->viewport()->rect().contains(cell))
            << "row " << row << " at " << cell.y() << "+" << cell.height() << " in a viewport of "
            << table->viewport()->height();
        const QString text = table->item(row, 2)->text();
        EXPECT_GE(cell.height(), fm.boundingRect(QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, text).height())
            << text.toStdString();
    }
    EXPECT_EQ(table->visibleRegion().boundingRect().size(), table->size());
}

TEST_F(DecisionTest, AClosedPreviewRecordsNoIssueAndTheNextPrintIsTheFirstCopy)
{
    openCard(head);
    recordUpToTheAnswers();
    answer = [](QDialog &dialog) { return qobject_cast<ui::DecisionDialog *>(&dialog) != nullptr; };
    int closed = 0;
    ui::FormPreview::setOutcomeInterceptor([&closed](const forms::OfficialForm &) {
        ++closed;
        return ui::FormPreview::Result{ui::FormPreview::Outcome::Cancelled, QString()};
    });
    press(EventKind::DecisionPrepared);
    ui::FormPreview::setOutcomeInterceptor(nullptr);
    EXPECT_EQ(closed, 1);
    EXPECT_EQ(card->state().outcome, Outcome::Positive);
    EXPECT_TRUE(issued().isEmpty());
    EXPECT_EQ(card->documents()->issuedTable()->rowCount(), 0);

    // Printed from the documents: no reprint reason asked, copy 1, its number on the paper.
    dialogsSeen.clear();
    ASSERT_TRUE(card->documents()->issue(forms::FormKind::Decision));
    EXPECT_TRUE(dialogsSeen.isEmpty());
    ASSERT_EQ(previewed.size(), 1u);
    EXPECT_EQ(previewed.back().data.firstCopyNumber, 1);
    ASSERT_EQ(issued().size(), 1);
    EXPECT_EQ(issued().first().copyNumber, 1);
}

TEST_F(DecisionTest, ARefusalOnEditedGroundsProducesTheRefusalNotice)
{
    openCard(head);
    recordUpToTheAnswers(QStringLiteral("kgd"));
    EXPECT_TRUE(card->state().anyNegative());
    const QString untilRu = QStringLiteral("до погашения задолженности по налогам");
    answer = [&](QDialog &dialog) {
        auto *decision = qobject_cast<ui::DecisionDialog *>(&dialog);
        EXPECT_TRUE(decision);
        if (!decision)
            return false;
        EXPECT_TRUE(decision->refuseButton()->isChecked()); // a negative answer points to a refusal
        EXPECT_FALSE(decision->okButton()->isEnabled());    // no ground ticked yet
        decision->groundsTable()->setChecked(4, true);
        decision->groundsTable()->setUntil(4, QString(), untilRu);
        EXPECT_TRUE(decision->okButton()->isEnabled());
        return true;
    };
    press(EventKind::DecisionPrepared);
    EXPECT_EQ(card->state().outcome, Outcome::Refusal);

    // Stored in the shape the forms read: {number, untilKk, untilRu}.
    const QJsonObject data = storedEvents().last().data;
    EXPECT_EQ(data.value(QStringLiteral("result")).toString(), QStringLiteral("refusal"));
    const QJsonArray grounds = data.value(QStringLiteral("grounds")).toArray();
    ASSERT_EQ(grounds.size(), 1);
    EXPECT_EQ(grounds.first().toObject().value(QStringLiteral("number")).toInt(), 4);
    EXPECT_EQ(grounds.first().toObject().value(QStringLiteral("untilRu")).toString(), untilRu);
    QString error;
    const QList<forms::RefusalGround> loaded = forms::CaseFormLoader(*db).grounds(accepted.id, &error);
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded.first().untilRu, untilRu);

    ASSERT_EQ(previewed.size(), 1u);
    EXPECT_EQ(previewed.front().kind, forms::FormKind::Refusal);
    ASSERT_EQ(previewed.front().data.grounds.size(), 1);
    EXPECT_EQ(previewed.front().data.grounds.first().number, 4);
    EXPECT_EQ(previewed.front().data.grounds.first().untilRu, untilRu);
    EXPECT_FALSE(card->documents()->button(forms::FormKind::Decision)->isEnabled());
    EXPECT_TRUE(card->documents()->button(forms::FormKind::Refusal)->isEnabled());
    ASSERT_EQ(issued().size(), 1);
    EXPECT_EQ(issued().first().formKind, QStringLiteral("refusal"));
    // Made «in 2 copies, one for each side»: both printed, numbered 1 and 2.
    EXPECT_EQ(previewed.front().data.copies, 2);
    EXPECT_EQ(issued().first().lastCopyNumber(), 2);
    EXPECT_EQ(card->documents()->issuedTable()->item(0, 1)->text(), QStringLiteral("1–2"));
}

TEST_F(DecisionTest, AnOfficerPreparesTheDecisionButCannotIssueIt)
{
    Actor officer;
    officer.login = QStringLiteral("berik");
    officer.fullName = QStringLiteral("Берік Омаров");
    officer.role = Role::Officer;
    openCard(officer);
    recordUpToTheAnswers();
    // The dialog does not offer the printing the officer may not do, and says who does it.
    bool offered = true;
    QString why;
    answer = [&](QDialog &dialog) {
        auto *decision = qobject_cast<ui::DecisionDialog *>(&dialog);
        if (!decision)
            return false;
        offered = decision->printBox()->isChecked() || decision->printBox()->isEnabled();
        why = decision->printBox()->toolTip();
        return true;
    };
    press(EventKind::DecisionPrepared);
    EXPECT_EQ(storedEvents().last().kind, EventKind::DecisionPrepared);
    EXPECT_FALSE(offered);
    EXPECT_EQ(why, QCoreApplication::translate("exitdesk::ui::DecisionDialog",
                                               "The document is printed by the operator or the head."));
    EXPECT_TRUE(previewed.empty());
    EXPECT_TRUE(issued().isEmpty());
}

} // namespace
