// A whole intake at the counter driven through the widgets: the questionnaire is typed in,
// a check fires and is corrected, warnings are confirmed, the documents are ticked, and the
// case is accepted (numbered, receipt with the day to come back) or refused at intake. The
// receipts are recorded as issued, with their copy numbers, once printed (not when only
// previewed); Annex 3 is offered with the person it is about when the checklist needs it.
#include "FormPreview.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OfficialForm.h"
#include "UiTestSupport.h"
#include "caselist/CaseListModel.h"
#include "caselist/CaseListPanel.h"
#include "caselist/StorageCaseListSource.h"
#include "editor/ChecklistPanel.h"
#include "editor/FindingsPanel.h"
#include "editor/QuestionnaireEditor.h"
#include "intake/IntakeWindow.h"
#include "session/CaseEditSession.h"
#include "issuance/IssuedDocumentLog.h"
#include "storage/CaseRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

struct Printed
{
    forms::FormKind kind;
    forms::FormData data;
};

class IntakeFlowTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        openDatabase();
        FormPreview::setInterceptor([this](const forms::OfficialForm &form) {
            printed.push_back(Printed{form.kind(), form.data()});
        });
        window = std::make_unique<MainWindow>(context(), std::make_unique<StorageCaseListSource>(context()));
        window->show();
        intake = window->newCase();
        ASSERT_TRUE(intake);
        editor = intake->editor();
    }

    void TearDown() override
    {
        FormPreview::setInterceptor(nullptr);
        window.reset();
        test::UiTest::TearDown();
    }

    template <typename W>
    W *field(const QString &path)
    {
        W *w = intake->findChild<W *>(path);
        EXPECT_TRUE(w) << "no widget for " << path.toStdString();
        return w;
    }

    // Shows the field's section and types into it, as the operator would.
    void type(const QString &path, const QString &text)
    {
        ASSERT_TRUE(editor->jumpTo(path)) << path.toStdString();
        QLineEdit *edit = field<QLineEdit>(path);
        ASSERT_TRUE(edit);
        edit->selectAll();
        test::typeText(edit, text);
    }

    // Picks the n-th entry of a choice with the arrow keys.
    void choose(const QString &path, int downPresses)
    {
        ASSERT_TRUE(editor->jumpTo(path));
        QComboBox *combo = field<QComboBox>(path);
        ASSERT_TRUE(combo);
        for (int i = 0; i < downPresses; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
    }

    void tick(const QString &path)
    {
        ASSERT_TRUE(editor->jumpTo(path));
        QCheckBox *box = field<QCheckBox>(path);
        ASSERT_TRUE(box);
        QTest::keyClick(box, Qt::Key_Space);
    }

    QString messageUnder(const QString &path)
    {
        QLabel *label = intake->findChild<QLabel *>(path + QStringLiteral("#message"));
        return label && !label->isHidden() ? label->text() : QString();
    }

    // The applicant of the example in docs: born 8 October 1987, female, IIN 871008401407.
    void fillApplicant(const QString &iin)
    {
        type(QStringLiteral("applicant.surname"), QStringLiteral("Сейітқали"));
        type(QStringLiteral("applicant.name"), QStringLiteral("Айгерім"));
        type(QStringLiteral("applicant.patronymic"), QStringLiteral("Бекқызы"));
        type(QStringLiteral("applicant.birthDate"), QStringLiteral("08101987"));
        choose(QStringLiteral("applicant.sex"), 2); // әйел / жен.
        type(QStringLiteral("applicant.iin"), iin);
    }

    void fillRest()
    {
        choose(QStringLiteral("applicant.identityDocument.kind"), 1); // identity card
        type(QStringLiteral("applicant.identityDocument.number"), QStringLiteral("045123987"));
        type(QStringLiteral("applicant.identityDocument.issuedOn"), QStringLiteral("01032019"));
        type(QStringLiteral("applicant.identityDocument.issuedBy"), QStringLiteral("ҚР ІІМ"));
        type(QStringLiteral("applicant.identityDocument.expiresOn"), QStringLiteral("01032029"));
        type(QStringLiteral("applicant.passport.number"), QStringLiteral("N12345678"));
        type(QStringLiteral("applicant.passport.issuedOn"), QStringLiteral("05052021"));
        type(QStringLiteral("applicant.passport.expiresOn"), QStringLiteral("05052031"));
        type(QStringLiteral("applicant.address"), QStringLiteral("Алматы қ., Абай даңғылы 10"));
        // The country by its code typed on the closed list, as at the counter.
        ASSERT_TRUE(editor->jumpTo(QStringLiteral("to.country")));
        QTest::keyClicks(field<QComboBox>(QStringLiteral("to.country")), QStringLiteral("DE"));
        type(QStringLiteral("to.settlement"), QStringLiteral("Berlin"));
        choose(QStringLiteral("purpose"), 4); // family circumstances
        choose(QStringLiteral("applicant.socialCategory"), 1);
        choose(QStringLiteral("applicant.education"), 1);
        choose(QStringLiteral("applicant.specialty"), 4);
        choose(QStringLiteral("applicant.maritalStatus"), 2);
        tick(QStringLiteral("consents.falseDataWarningSigned"));
        tick(QStringLiteral("consents.dataUseConsentSigned"));
    }

    // Ticks every warning of the findings list as checked by the operator.
    void confirmWarnings()
    {
        QTreeWidget *list = editor->findingsPanel()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(0, Qt::Checked);
        }
    }

    // Ticks the documents of the checklist, leaving out those whose row is in `skip`.
    void presentDocuments(const QList<int> &skip = {})
    {
        editor->showSection(QuestionnaireEditor::Checklist);
        QTableWidget *table = editor->checklistPanel()->table();
        for (int r = 0; r < table->rowCount(); ++r) {
            if (skip.contains(r))
                continue;
            QTableWidgetItem *expiry = table->item(r, ChecklistPanel::ExpiryColumn);
            if (expiry->flags() & Qt::ItemIsEditable)
                expiry->setText(QStringLiteral("01.03.2029"));
            table->item(r, ChecklistPanel::PresentedColumn)->setCheckState(Qt::Checked);
        }
    }

    QList<IssuedDocument> issued()
    {
        QString error;
        return IssuedDocumentLog::list(*db, intake->session()->caseData().id, &error);
    }

    QStringList printedDueDates()
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT data FROM case_events WHERE case_id = ? AND kind = 'receipt-printed'"));
        q.addBindValue(intake->session()->caseData().id);
        EXPECT_TRUE(q.exec());
        QStringList dates;
        while (q.next())
            dates << QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                         .object()
                         .value(QStringLiteral("serviceDue"))
                         .toString();
        return dates;
    }

    std::unique_ptr<MainWindow> window;
    IntakeWindow *intake = nullptr;
    QuestionnaireEditor *editor = nullptr;
    std::vector<Printed> printed;
};

} // namespace

TEST_F(IntakeFlowTest, CompleteIntakeAcceptsTheCaseAndPrintsTheReceiptWithTheDayToComeBack)
{
    EXPECT_FALSE(intake->acceptButton()->isEnabled());

    // A typo in the IIN: the check digit is wrong, and the message appears under the field.
    fillApplicant(QStringLiteral("871008401408"));
    EXPECT_FALSE(messageUnder(QStringLiteral("applicant.iin")).isEmpty());
    test::snapshot(intake, QStringLiteral("intake-check-fires"));
    const int errorsWithTypo = intake->session()->errorCount();
    // Corrected: the message goes.
    type(QStringLiteral("applicant.iin"), QStringLiteral("871008401407"));
    EXPECT_TRUE(messageUnder(QStringLiteral("applicant.iin")).isEmpty());
    EXPECT_EQ(intake->session()->errorCount(), errorsWithTypo - 1);

    fillRest();
    EXPECT_EQ(intake->session()->errorCount(), 0) << "errors left: "
                                                  << editor->findingsPanel()->list()->topLevelItem(0)->text(0).toStdString();
    EXPECT_FALSE(intake->acceptButton()->isEnabled()) << "documents not presented yet";
    confirmWarnings();
    EXPECT_EQ(intake->session()->unconfirmedWarningCount(), 0);
    presentDocuments();
    test::snapshot(intake, QStringLiteral("intake-checklist"));
    ASSERT_TRUE(intake->session()->packageComplete());
    ASSERT_TRUE(intake->acceptButton()->isEnabled());
    EXPECT_FALSE(intake->refuseButton()->isEnabled()) << "nothing is missing: no refusal";

    QTest::mouseClick(intake->acceptButton(), Qt::LeftButton);

    const Case &stored = intake->session()->caseData();
    EXPECT_EQ(stored.status, CaseStatus::Accepted);
    EXPECT_TRUE(stored.number.startsWith(QStringLiteral("2026-"))) << stored.number.toStdString();
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_EQ(printed.front().kind, forms::FormKind::Receipt);
    EXPECT_EQ(printed.front().data.caseData.number, stored.number);
    // Handed in on Friday 20.11.2026 at 10:15 (counter open): day 0. Twenty working days:
    // 23–27.11 (5), 30.11–4.12 (10), 7–11.12 (15), 14–15.12 (17), 16.12 Independence Day is a
    // holiday, 17–18.12 (19), 21.12 (20).
    EXPECT_EQ(printed.front().data.dueDate, QDate(2026, 12, 21));
    // Printed in two copies, numbered 1 and 2, recorded as issued with the date it printed.
    EXPECT_EQ(printed.front().data.copies, 2);
    EXPECT_EQ(printed.front().data.firstCopyNumber, 1);
    const QList<IssuedDocument> documents = issued();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.first().formKind, QStringLiteral("receipt"));
    EXPECT_EQ(documents.first().copyNumber, 1);
    EXPECT_EQ(documents.first().lastCopyNumber(), 2);
    EXPECT_EQ(printedDueDates(), QStringList{QStringLiteral("2026-12-21")});
    EXPECT_FALSE(intake->editor()->isEnabled()) << "an accepted questionnaire is not edited at the counter";
    EXPECT_TRUE(intake->statusLabel()->text().contains(stored.number));

    // The list shows the new case with its number, and the database has it.
    CaseListModel *model = window->caseList()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->row(0).number, stored.number);
    test::snapshot(window.get(), QStringLiteral("main-window"));
    const auto loaded = CaseRepository(*db, clock).loadByNumber(stored.number);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->applicant.iin, QStringLiteral("871008401407"));
    EXPECT_EQ(loaded->applicant.surname, QStringLiteral("Сейітқали"));
}

TEST_F(IntakeFlowTest, MissingDocumentsAreRefusedWithTheReceiptNamingEachOfThem)
{
    fillApplicant(QStringLiteral("871008401407"));
    fillRest();
    confirmWarnings();
    const int required = editor->checklistPanel()->table()->rowCount();
    ASSERT_GE(required, 3);
    presentDocuments({0, 2}); // two documents not brought
    EXPECT_FALSE(intake->acceptButton()->isEnabled());
    ASSERT_TRUE(intake->refuseButton()->isEnabled());

    const QList<ChecklistItem> missing = intake->session()->missingOrExpired();
    ASSERT_EQ(missing.size(), 2);
    QTest::mouseClick(intake->refuseButton(), Qt::LeftButton);

    EXPECT_EQ(intake->session()->caseData().status, CaseStatus::RefusedAtIntake);
    EXPECT_TRUE(intake->session()->caseData().number.isEmpty());
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_EQ(printed.front().kind, forms::FormKind::RefusalToAccept);
    const QList<forms::MissingDocument> listed = printed.front().data.missingDocuments;
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).nameKk, missing.at(0).document.nameKk);
    EXPECT_EQ(listed.at(1).nameRu, missing.at(1).document.nameRu);
    // The refusal receipt (Annex 5) is recorded too, two copies, with no due date kept.
    const QList<IssuedDocument> documents = issued();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.first().formKind, QStringLiteral("refusal-to-accept"));
    EXPECT_EQ(documents.first().lastCopyNumber(), 2);
    EXPECT_EQ(printed.front().data.firstCopyNumber, 1);
    EXPECT_TRUE(printedDueDates().isEmpty());
}

TEST_F(IntakeFlowTest, AReceiptNotPrintedIsNotRecordedAndCanBePrintedFromTheIntake)
{
    fillApplicant(QStringLiteral("871008401407"));
    fillRest();
    confirmWarnings();
    presentDocuments();
    ASSERT_TRUE(intake->acceptButton()->isEnabled());
    // The operator closes the preview without printing.
    FormPreview::setOutcomeInterceptor([this](const forms::OfficialForm &form) {
        printed.push_back(Printed{form.kind(), form.data()});
        return FormPreview::Result{FormPreview::Outcome::Cancelled, QString()};
    });
    QTest::mouseClick(intake->acceptButton(), Qt::LeftButton);
    FormPreview::setOutcomeInterceptor(nullptr);
    EXPECT_EQ(intake->session()->caseData().status, CaseStatus::Accepted);
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_TRUE(issued().isEmpty());
    EXPECT_TRUE(printedDueDates().isEmpty());
    ASSERT_TRUE(intake->receiptButton()->isVisible());

    QTest::mouseClick(intake->receiptButton(), Qt::LeftButton);
    ASSERT_EQ(printed.size(), 2u);
    EXPECT_EQ(printed.back().kind, forms::FormKind::Receipt);
    EXPECT_EQ(printed.back().data.dueDate, QDate(2026, 12, 21));
    ASSERT_EQ(issued().size(), 1);
    EXPECT_EQ(issued().first().copyNumber, 1);
    EXPECT_EQ(printedDueDates(), QStringList{QStringLiteral("2026-12-21")});
    EXPECT_TRUE(intake->statusLabel()->text().contains(intake->session()->caseData().number));
}

TEST_F(IntakeFlowTest, TheRegistrationRequestIsOfferedWithThePersonItIsAbout)
{
    fillApplicant(QStringLiteral("871008401407"));
    EXPECT_FALSE(intake->registrationRequestButton()->isVisible()) << "not needed yet";
    // Alimony is enforced and the recipients' registration is not known: Annex 3 is needed.
    Case c = intake->session()->caseData();
    c.alimonyEnforcement = true;
    c.alimonyRecipientsRegistrationKnown = false;
    intake->session()->updateCase(c);
    ASSERT_TRUE(intake->registrationRequestButton()->isVisible());
    ASSERT_TRUE(intake->registrationSubjectEdit()->isVisible());

    // Nobody named: not printed, the operator is told.
    EXPECT_FALSE(intake->printRegistrationRequest());
    EXPECT_TRUE(printed.empty());
    EXPECT_FALSE(intake->statusLabel()->text().isEmpty());

    intake->registrationSubjectEdit()->setFocus();
    test::typeText(intake->registrationSubjectEdit(), QStringLiteral("Ахметов Ерлан, бұрынғы жұбайы"));
    test::snapshot(intake, QStringLiteral("intake-registration-request"));
    QTest::mouseClick(intake->registrationRequestButton(), Qt::LeftButton);
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_EQ(printed.front().kind, forms::FormKind::RegistrationRequest);
    EXPECT_EQ(printed.front().data.registrationSubject, QStringLiteral("Ахметов Ерлан, бұрынғы жұбайы"));
    EXPECT_EQ(printed.front().data.firstCopyNumber, 1);
    // Stored as a draft to be recorded with the case.
    EXPECT_NE(intake->session()->caseData().id, 0);
    const QList<IssuedDocument> documents = issued();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.first().formKind, QStringLiteral("registration-request"));
}

TEST_F(IntakeFlowTest, TheQuestionnairePrintedForSignatureIsStoredAndRecordedWithItsCopyNumber)
{
    fillApplicant(QStringLiteral("871008401407"));
    ASSERT_TRUE(intake->session()->isModified());
    QTest::mouseClick(intake->findChild<QPushButton *>(QStringLiteral("printQuestionnaireButton")), Qt::LeftButton);
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_EQ(printed.front().kind, forms::FormKind::Questionnaire);
    EXPECT_EQ(printed.front().data.firstCopyNumber, 1);
    // The paper signed is the questionnaire stored: saved as a draft before printing.
    EXPECT_NE(intake->session()->caseData().id, 0);
    EXPECT_FALSE(intake->session()->isModified());
    const QList<IssuedDocument> documents = issued();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.first().formKind, QStringLiteral("questionnaire"));
    EXPECT_EQ(documents.first().copyNumber, 1);
    EXPECT_TRUE(intake->statusLabel()->text().contains(IntakeWindow::tr("copy %1").arg(1))) << intake->statusLabel()->text().toStdString();
}

TEST_F(IntakeFlowTest, EscapeClosesTheWindowAskingAboutTheUnsavedQuestionnaire)
{
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    fillApplicant(QStringLiteral("871008401407"));
    ASSERT_TRUE(intake->session()->isModified());
    // Cancel in the question keeps the window and what was typed.
    MessageBox::setNextAnswer(MessageBox::Cancel);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : intake, Qt::Key_Escape);
    EXPECT_TRUE(intake->isVisible());
    // Not saving closes it.
    MessageBox::setNextAnswer(MessageBox::No);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : intake, Qt::Key_Escape);
    EXPECT_FALSE(intake->isVisible());
}

TEST_F(IntakeFlowTest, WarningsAreConfirmedAndTheChecklistLeftFromTheKeyboard)
{
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    fillApplicant(QStringLiteral("871008401407"));
    fillRest();
    ASSERT_GT(intake->session()->unconfirmedWarningCount(), 0);
    QTreeWidget *list = editor->findingsPanel()->list();
    list->setFocus();
    // Space on each warning ticks it, as a click would.
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (!(list->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable))
            continue;
        list->setCurrentItem(list->topLevelItem(i));
        QTest::keyClick(list, Qt::Key_Space);
    }
    EXPECT_EQ(intake->session()->unconfirmedWarningCount(), 0);
    editor->showSection(1);
    editor->sectionList()->setFocus(Qt::TabFocusReason);
    test::snapshot(intake, QStringLiteral("intake-birthplace"));

    // Tab leaves the documents table instead of walking its cells.
    editor->showSection(QuestionnaireEditor::Checklist);
    QTableWidget *table = editor->checklistPanel()->table();
    table->setFocus();
    table->setCurrentCell(0, ChecklistPanel::PresentedColumn);
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), table);

    // Ctrl+PgUp goes back a part, with the cursor in its first field.
    const int checklist = editor->currentSection();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(editor->currentSection(), checklist - 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(editor->currentSection(), checklist);
}

TEST_F(IntakeFlowTest, DraftIsSavedIncompleteAndFoundAgain)
{
    type(QStringLiteral("applicant.surname"), QStringLiteral("Әбілқасым"));
    type(QStringLiteral("applicant.iin"), QStringLiteral("8710"));
    ASSERT_GT(intake->session()->errorCount(), 0);
    QTest::mouseClick(intake->draftButton(), Qt::LeftButton);
    const qint64 id = intake->session()->caseData().id;
    ASSERT_NE(id, 0);
    intake->close();

    CaseListPanel *list = window->caseList();
    ASSERT_EQ(list->model()->rowCount(), 1);
    test::typeText(list->searchField(), QStringLiteral("ӘБІЛ"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->row(0).id, id, 2000);
    IntakeWindow *again = qobject_cast<IntakeWindow *>(window->openCase(id));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->findChild<QLineEdit *>(QStringLiteral("applicant.surname"))->text(), QStringLiteral("Әбілқасым"));
    EXPECT_TRUE(again->acceptButton()->isEnabled() == false);
    again->close();
}

TEST_F(IntakeFlowTest, FindingsListJumpsToTheField)
{
    type(QStringLiteral("applicant.iin"), QStringLiteral("871008401408"));
    editor->showSection(QuestionnaireEditor::Consents);
    QTreeWidget *list = editor->findingsPanel()->list();
    QTreeWidgetItem *iinItem = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->toolTip(0).startsWith(QStringLiteral("applicant.iin ")))
            iinItem = list->topLevelItem(i);
    }
    ASSERT_TRUE(iinItem);
    emit list->itemActivated(iinItem, 0);
    EXPECT_EQ(editor->currentSection(), QuestionnaireEditor::Personal);
    EXPECT_EQ(intake->focusWidget(), intake->findChild<QLineEdit *>(QStringLiteral("applicant.iin")));
}

TEST_F(IntakeFlowTest, EachFindingIsShownWhole)
{
    // Many findings begin alike ("Applicant: …"); each row is tall enough for its text
    // wrapped to the list's width, so none is cut to a shared prefix.
    type(QStringLiteral("applicant.iin"), QStringLiteral("871008401408"));
    QTreeWidget *list = editor->findingsPanel()->list();
    QCoreApplication::processEvents();
    ASSERT_GT(list->topLevelItemCount(), 5);
    const int width = list->viewport()->width();
    int wrapped = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        const QRect row = list->visualItemRect(item);
        EXPECT_LE(row.right(), width) << item->text(0).toStdString();
        // The text's room: the row less its icon and check box.
        const int textWidth = row.width() - list->iconSize().width() - 30;
        const QRect needed = list->fontMetrics().boundingRect(QRect(0, 0, textWidth, 0), Qt::TextWordWrap,
                                                              item->text(0));
        EXPECT_GE(row.height(), needed.height()) << item->text(0).toStdString();
        if (needed.height() > list->fontMetrics().height())
            ++wrapped;
    }
    EXPECT_GT(wrapped, 0) << "the panel is narrow: long findings take more than one line";
}

TEST_F(IntakeFlowTest, TabReachesEveryFieldOfEachPartInTurn)
{
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    // A family, so that the children's and relatives' parts have their rows.
    fillApplicant(QStringLiteral("871008401407"));
    fillRest();
    auto *pages = intake->findChild<QStackedWidget *>();
    ASSERT_TRUE(pages);
    for (int section = QuestionnaireEditor::Personal; section < QuestionnaireEditor::Checklist; ++section) {
        editor->showSection(section);
        QWidget *page = pages->currentWidget();
        QList<QWidget *> fields;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(page)
                && !w->focusProxy() && !qobject_cast<QScrollBar *>(w))
                fields << w;
        }
        ASSERT_FALSE(fields.isEmpty()) << "part " << section;
        // From the part's first field, Tab visits each field once before leaving the part.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        if (section == QuestionnaireEditor::Personal) {
            editor->showSection(section);
            fields.first()->setFocus(Qt::TabFocusReason);
        }
        ASSERT_EQ(editor->currentSection(), section);
        QList<QWidget *> visited;
        for (int i = 0; i < 4 * fields.size() + 10; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus || !page->isAncestorOf(focus))
                break;
            if (!visited.contains(focus))
                visited << focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        // Then the findings, not the list of parts.
        EXPECT_EQ(QApplication::focusWidget(), editor->findingsPanel()->list())
            << "part " << section << ": "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none") << " "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : std::string());
        for (QWidget *field : fields)
            EXPECT_TRUE(visited.contains(field)) << "part " << section << ": Tab never reaches "
                                                 << field->objectName().toStdString() << " ("
                                                 << field->metaObject()->className() << ")";
    }
}
