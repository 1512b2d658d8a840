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
#include "editor/FieldBinder.h"
#include "editor/FindingsPanel.h"
#include "editor/QuestionnaireEditor.h"
#include "editor/RowTableEditor.h"
#include "editor/WrappingLabel.h"
#include "intake/IntakeWindow.h"
#include "session/CaseEditSession.h"
#include "issuance/IssuedDocumentLog.h"
#include "storage/CaseRepository.h"
#include "validation/ValidationTexts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
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

    // The finding's message as shown in the current language.
    static QString text(const QString &code, const QString &path)
    {
        return ValidationTexts::make(code, path).message(Language::current());
    }

    QTreeWidgetItem *findingItem(const QString &path)
    {
        QTreeWidget *list = editor->findingsPanel()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->toolTip(0).startsWith(path + QLatin1Char(' ')))
                return list->topLevelItem(i);
        }
        return nullptr;
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
        // The list of matching countries that popped up is closed.
        if (QWidget *matches = QApplication::activePopupWidget())
            matches->hide();
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
    EXPECT_TRUE(intake->editor()->isReadOnly()) << "an accepted questionnaire is not edited at the counter";
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

TEST_F(IntakeFlowTest, AnAcceptedQuestionnaireIsBrowsedReadOnlyNotGreyedOut)
{
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    fillApplicant(QStringLiteral("871008401407"));
    fillRest();
    confirmWarnings();
    presentDocuments();
    ASSERT_TRUE(intake->acceptButton()->isEnabled());
    QTest::mouseClick(intake->acceptButton(), Qt::LeftButton);
    ASSERT_EQ(intake->session()->caseData().status, CaseStatus::Accepted);

    // The parts can be browsed from the keyboard.
    EXPECT_TRUE(editor->isEnabled());
    QListWidget *sections = editor->sectionList();
    EXPECT_TRUE(sections->isEnabled());
    editor->showSection(QuestionnaireEditor::Personal);
    sections->setFocus();
    QTest::keyClick(sections, Qt::Key_Down);
    EXPECT_EQ(editor->currentSection(), QuestionnaireEditor::BirthPlace);
    QTest::keyClick(sections, Qt::Key_Up);
    EXPECT_EQ(editor->currentSection(), QuestionnaireEditor::Personal);

    // A text can be selected and copied, not changed.
    auto *surname = field<QLineEdit>(QStringLiteral("applicant.surname"));
    ASSERT_TRUE(surname);
    EXPECT_TRUE(surname->isEnabled());
    EXPECT_TRUE(surname->isReadOnly());
    surname->setFocus();
    surname->selectAll();
    EXPECT_EQ(surname->selectedText(), QStringLiteral("Сейітқали"));
    test::typeText(surname, QStringLiteral("X"));
    EXPECT_EQ(surname->text(), QStringLiteral("Сейітқали"));

    // Choices and flags are shown as they are and do not change.
    auto *sex = field<QComboBox>(QStringLiteral("applicant.sex"));
    ASSERT_TRUE(sex);
    EXPECT_TRUE(sex->isEnabled());
    const int sexIndex = sex->currentIndex();
    sex->setFocus();
    QTest::keyClick(sex, Qt::Key_Up);
    QTest::keyClick(sex, Qt::Key_Down);
    EXPECT_EQ(sex->currentIndex(), sexIndex);
    auto *consent = field<QCheckBox>(QStringLiteral("consents.dataUseConsentSigned"));
    ASSERT_TRUE(consent);
    editor->showSection(QuestionnaireEditor::Consents);
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QTest::mouseClick(consent, Qt::LeftButton);
    EXPECT_TRUE(consent->isChecked());
    EXPECT_TRUE(intake->session()->caseData().consents.dataUseConsentSigned);

    // Tables and the checklist: shown, not changed.
    editor->showSection(QuestionnaireEditor::Work);
    auto *work = intake->findChild<RowTableEditor *>(QStringLiteral("workHistory"));
    ASSERT_TRUE(work);
    EXPECT_TRUE(work->table()->isEnabled());
    EXPECT_EQ(work->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_FALSE(intake->findChild<QPushButton *>(QStringLiteral("workHistory#add"))->isEnabled());
    editor->showSection(QuestionnaireEditor::Checklist);
    QTableWidget *checklist = editor->checklistPanel()->table();
    EXPECT_TRUE(checklist->isEnabled());
    checklist->setFocus();
    checklist->setCurrentCell(0, ChecklistPanel::NameColumn);
    QTest::keyClick(checklist, Qt::Key_Space);
    EXPECT_EQ(checklist->item(0, ChecklistPanel::PresentedColumn)->checkState(), Qt::Checked);
    EXPECT_FALSE(checklist->item(0, ChecklistPanel::PresentedColumn)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(intake->session()->packageComplete());
    EXPECT_FALSE(intake->session()->isModified());

    editor->showSection(QuestionnaireEditor::Personal);
    sections->setFocus();
    test::snapshot(intake, QStringLiteral("intake-accepted-read-only"));
}

TEST_F(IntakeFlowTest, ANewQuestionnaireStartsInTheSurname)
{
    auto *surname = field<QLineEdit>(QStringLiteral("applicant.surname"));
    ASSERT_TRUE(surname);
    EXPECT_EQ(intake->focusWidget(), surname);
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    EXPECT_EQ(QApplication::focusWidget(), surname);
    EXPECT_EQ(editor->currentSection(), QuestionnaireEditor::Personal);
    // Typing goes straight into it.
    test::typeText(QApplication::focusWidget(), QStringLiteral("Ахмет"));
    EXPECT_EQ(intake->session()->caseData().applicant.surname, QStringLiteral("Ахмет"));
}

TEST_F(IntakeFlowTest, NothingEnteredIsReportedUnderAFieldOnlyOnceItWasDealtWith)
{
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    const QString surnamePath = QStringLiteral("applicant.surname");
    const QString namePath = QStringLiteral("applicant.name");
    // An empty questionnaire: no message under any field, all of them in the findings list.
    QList<WrappingLabel *> shown;
    for (QLabel *l : intake->findChildren<QLabel *>()) {
        if (l->objectName().endsWith(QStringLiteral("#message")) && !l->isHidden())
            shown << qobject_cast<WrappingLabel *>(l);
    }
    EXPECT_TRUE(shown.isEmpty()) << shown.size() << " messages on an untouched questionnaire, first: "
                                 << (shown.isEmpty() ? std::string() : shown.first()->text().toStdString());
    EXPECT_GE(editor->findingsPanel()->list()->topLevelItemCount(), 15);
    EXPECT_TRUE(findingItem(surnamePath));
    test::snapshot(intake, QStringLiteral("intake-new-empty"));

    // Leaving the surname empty (Tab) reports it.
    ASSERT_EQ(QApplication::focusWidget(), field<QLineEdit>(surnamePath));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(messageUnder(surnamePath), text(QStringLiteral("field.required"), surnamePath));
    EXPECT_TRUE(messageUnder(namePath).isEmpty()) << "the name was only entered, not left";

    // A text typed and wiped out is reported too.
    test::typeText(QApplication::focusWidget(), QStringLiteral("Ә"));
    EXPECT_TRUE(messageUnder(namePath).isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    EXPECT_EQ(messageUnder(namePath), text(QStringLiteral("field.required"), namePath));

    // Any other finding shows at once, before the field is left.
    type(QStringLiteral("applicant.iin"), QStringLiteral("871008401408"));
    EXPECT_TRUE(messageUnder(QStringLiteral("applicant.iin")).contains(text(QStringLiteral("iin.checksum"),
                                                                            QStringLiteral("applicant.iin"))))
        << messageUnder(QStringLiteral("applicant.iin")).toStdString();

    // Jumping to a finding from the list shows its message.
    const QString sexPath = QStringLiteral("applicant.sex");
    EXPECT_TRUE(messageUnder(sexPath).isEmpty());
    QTreeWidgetItem *sexItem = findingItem(sexPath);
    ASSERT_TRUE(sexItem);
    emit editor->findingsPanel()->list()->itemActivated(sexItem, 0);
    EXPECT_EQ(messageUnder(sexPath), text(QStringLiteral("choice.required"), sexPath));

    // Trying to accept shows every one.
    const QString settlement = QStringLiteral("to.settlement");
    EXPECT_TRUE(messageUnder(settlement).isEmpty());
    EXPECT_FALSE(intake->acceptCase());
    EXPECT_EQ(messageUnder(settlement), text(QStringLiteral("field.required"), settlement));
    EXPECT_EQ(messageUnder(QStringLiteral("applicant.socialCategory")),
              text(QStringLiteral("choice.required"), QStringLiteral("applicant.socialCategory")));
    test::snapshot(intake, QStringLiteral("intake-accept-tried"));
}

TEST_F(IntakeFlowTest, AnImpossibleDateIsReportedOnceNotAlsoAsMissing)
{
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    const QString path = QStringLiteral("applicant.birthDate");
    type(path, QStringLiteral("31021990"));
    // Left: the field was dealt with, and it is still empty in the case.
    type(QStringLiteral("applicant.iin"), QStringLiteral("8"));
    ASSERT_FALSE(intake->session()->findingsAt(path).isEmpty()) << "the case has no birth date";
    const QString shown = messageUnder(path);
    EXPECT_EQ(shown, FieldBinder::tr("No such date: type the day, month and year as dd.mm.yyyy."));
    EXPECT_FALSE(shown.contains(text(QStringLiteral("field.required"), path)));
    test::snapshot(intake, QStringLiteral("intake-impossible-date"));

    // Corrected to a real date: the message goes; wiped out: now it is missing.
    type(path, QStringLiteral("28021990"));
    EXPECT_TRUE(messageUnder(path).isEmpty()) << messageUnder(path).toStdString();
    ASSERT_TRUE(editor->jumpTo(path));
    field<QLineEdit>(path)->selectAll();
    QTest::keyClick(field<QLineEdit>(path), Qt::Key_Backspace);
    EXPECT_FALSE(intake->session()->caseData().applicant.birthDate.isValid());
    type(QStringLiteral("applicant.iin"), QStringLiteral("8"));
    EXPECT_EQ(messageUnder(path), text(QStringLiteral("field.required"), path));
}

TEST_F(IntakeFlowTest, NoPartScrollsSidewaysAndLongHeadingsWrap)
{
    intake->resize(1024, 700);
    for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        language->setLanguage(lang, false);
        // The messages under the choices are shown too.
        intake->acceptCase();
        for (int section = QuestionnaireEditor::Personal; section <= QuestionnaireEditor::Consents; ++section) {
            editor->showSection(section);
            QCoreApplication::processEvents();
            auto *pages = intake->findChild<QStackedWidget *>();
            auto *area = qobject_cast<QScrollArea *>(pages->currentWidget());
            if (!area)
                continue; // the tables' parts: the table itself scrolls
            QWidget *content = area->widget();
            const int room = area->viewport()->width();
            EXPECT_EQ(area->horizontalScrollBar()->maximum(), 0) << lang.toStdString() << " part " << section;
            EXPECT_LE(content->width(), room) << lang.toStdString() << " part " << section;
            for (QWidget *w : content->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(content))
                    continue;
                const int right = w->mapTo(content, QPoint(w->width(), 0)).x();
                EXPECT_LE(right, room) << lang.toStdString() << " part " << section << ": "
                                       << w->metaObject()->className() << " " << w->objectName().toStdString();
                if (auto *label = qobject_cast<QLabel *>(w); label && label->wordWrap()) {
                    EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                        << lang.toStdString() << " " << label->text().toStdString();
                }
            }
        }
        editor->showSection(QuestionnaireEditor::Social);
        QCoreApplication::processEvents();
        test::snapshot(intake, QStringLiteral("intake-social"));
        auto *heading = intake->findChild<WrappingLabel *>(QStringLiteral("section.social#heading"));
        ASSERT_TRUE(heading);
        EXPECT_TRUE(heading->wordWrap());
    }
}

TEST_F(IntakeFlowTest, TableHeadersAreReadableInFull)
{
    fillApplicant(QStringLiteral("871008401407"));
    for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        language->setLanguage(lang, false);
        const QList<QPair<int, QString>> tables{{QuestionnaireEditor::Children, QStringLiteral("children")},
                                                {QuestionnaireEditor::Relatives, QStringLiteral("relatives")},
                                                {QuestionnaireEditor::Work, QStringLiteral("workHistory")}};
        for (const auto &[section, list] : tables) {
            editor->showSection(section);
            auto *rows = intake->findChild<RowTableEditor *>(list);
            ASSERT_TRUE(rows);
            if (rows->table()->rowCount() == 0)
                QTest::mouseClick(intake->findChild<QPushButton *>(list + QStringLiteral("#add")), Qt::LeftButton);
            QCoreApplication::processEvents();
            QHeaderView *header = rows->table()->horizontalHeader();
            // The current column's header is bold.
            QFont bold = header->font();
            bold.setBold(true);
            const QFontMetrics fm(bold);
            for (int c = 0; c < header->count(); ++c) {
                const QString title = rows->table()->model()->headerData(c, Qt::Horizontal).toString();
                const QStringList lines = title.split(QLatin1Char('\n'));
                EXPECT_LE(fm.height() * lines.size(), header->height()) << title.toStdString();
                for (const QString &line : lines)
                    EXPECT_LE(fm.horizontalAdvance(line) + 8, header->sectionSize(c))
                        << list.toStdString() << ": " << line.toStdString();
            }
            test::snapshot(intake, QStringLiteral("intake-table-") + list);
            // The page itself is never wider than its pane: the table scrolls.
            EXPECT_LE(rows->width(), intake->findChild<QStackedWidget *>()->width());
        }
    }
}

TEST_F(IntakeFlowTest, SpaceAnywhereOnAChecklistRowTicksItAndTheTableShowsItsFocus)
{
    intake->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(intake));
    editor->showSection(QuestionnaireEditor::Checklist);
    QTableWidget *table = editor->checklistPanel()->table();
    ASSERT_GE(table->rowCount(), 3);
    editor->sectionList()->setFocus(Qt::TabFocusReason);
    ASSERT_FALSE(table->hasFocus());
    QCoreApplication::processEvents();
    const QImage unfocused = table->grab().toImage();
    table->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(table->hasFocus());
    QCoreApplication::processEvents();
    table->setCurrentCell(0, ChecklistPanel::NameColumn);
    table->clearSelection();
    const QImage focused = table->grab().toImage();
    // The frame: the outer pixels differ with and without the focus.
    EXPECT_NE(unfocused.pixel(0, unfocused.height() / 2), focused.pixel(0, focused.height() / 2));
    test::snapshot(intake, QStringLiteral("intake-checklist-focus"));

    for (const int column : {int(ChecklistPanel::NameColumn), int(ChecklistPanel::StatusColumn),
                             int(ChecklistPanel::PresentedColumn), int(ChecklistPanel::ExpiryColumn)}) {
        table->setCurrentCell(1, column);
        QTest::keyClick(table, Qt::Key_Space);
        EXPECT_EQ(table->item(1, ChecklistPanel::PresentedColumn)->checkState(), Qt::Checked) << column;
        EXPECT_TRUE(intake->session()->checklist().at(1).presented) << column;
        QTest::keyClick(table, Qt::Key_Space);
        EXPECT_EQ(table->item(1, ChecklistPanel::PresentedColumn)->checkState(), Qt::Unchecked) << column;
        EXPECT_FALSE(intake->session()->checklist().at(1).presented) << column;
        QWidget *focus = QApplication::focusWidget();
        EXPECT_TRUE(focus == table || table->isAncestorOf(focus)) << column;
        if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
            EXPECT_FALSE(edit->text().contains(QLatin1Char(' '))) << column << ": Space typed into the date";
        }
    }
}

TEST_F(IntakeFlowTest, TheIdentityExpiryComesFromTheQuestionnaireAndAnExpiryMissingBlocksAcceptance)
{
    fillApplicant(QStringLiteral("871008401407"));
    fillRest();
    confirmWarnings();
    editor->showSection(QuestionnaireEditor::Checklist);
    QTableWidget *table = editor->checklistPanel()->table();
    // Row 1: the identity card and passport; the earlier of their expiries (01.03.2029).
    ASSERT_TRUE(intake->session()->checklist().at(1).document.expires);
    EXPECT_EQ(table->item(1, ChecklistPanel::ExpiryColumn)->text(), QStringLiteral("01.03.2029"));
    for (int r = 0; r < table->rowCount(); ++r)
        table->item(r, ChecklistPanel::PresentedColumn)->setCheckState(Qt::Checked);
    EXPECT_EQ(intake->session()->caseData().documents.size(), table->rowCount());
    ASSERT_TRUE(intake->acceptButton()->isEnabled());

    // A son of 17 (born 1.6.2009): his identity card carries an expiry.
    Case c = intake->session()->caseData();
    Child son;
    son.surname = QStringLiteral("Сейітқали");
    son.name = QStringLiteral("Алихан");
    son.birthDate = QDate(2009, 6, 1);
    son.sex = QStringLiteral("M");
    son.iin = QStringLiteral("090601500001");
    c.children << son;
    intake->session()->updateCase(c);
    int row = -1;
    for (int r = 0; r < intake->session()->checklist().size(); ++r) {
        const RequiredDocument &d = intake->session()->checklist().at(r).document;
        if (d.kind == DocumentKind::Identity && d.child == 0)
            row = r;
    }
    ASSERT_GE(row, 0);
    ASSERT_TRUE(table->item(row, ChecklistPanel::ExpiryColumn)->text().isEmpty());
    const int errors = intake->session()->errorCount();
    table->item(row, ChecklistPanel::PresentedColumn)->setCheckState(Qt::Checked);
    // Presented without its expiry: an error naming the document, and no acceptance.
    EXPECT_EQ(intake->session()->errorCount(), errors + 1);
    QTreeWidgetItem *item = findingItem(QStringLiteral("children[0].documents.identity"));
    ASSERT_TRUE(item);
    EXPECT_TRUE(item->text(0).contains(intake->session()->checklist().at(row).document.name(Language::current())))
        << item->text(0).toStdString();
    EXPECT_FALSE(intake->acceptButton()->isEnabled());
    test::snapshot(intake, QStringLiteral("intake-expiry-missing"));
    // The finding leads to the row's expiry cell.
    editor->showSection(QuestionnaireEditor::Personal);
    emit editor->findingsPanel()->list()->itemActivated(item, 0);
    EXPECT_EQ(editor->currentSection(), QuestionnaireEditor::Checklist);
    EXPECT_EQ(table->currentRow(), row);
    EXPECT_EQ(table->currentColumn(), int(ChecklistPanel::ExpiryColumn));

    table->item(row, ChecklistPanel::ExpiryColumn)->setText(QStringLiteral("01.06.2030"));
    EXPECT_FALSE(findingItem(QStringLiteral("children[0].documents.identity")));
    EXPECT_EQ(intake->session()->errorCount(), errors);
    // Without the son, nothing stands in the way any more.
    c = intake->session()->caseData();
    c.children.clear();
    intake->session()->updateCase(c);
    EXPECT_TRUE(intake->acceptButton()->isEnabled());
}
