// The case card on an accepted case with two children: what its header, timeline and due
// dates show, steps recorded through its buttons and dialogs, and steps core refuses (out
// of stage, or without the permission) shown with core's message and nothing stored.
#include "CaseCardFixture.h"

#include "accounts/AuditLog.h"
#include "casecard/CardActions.h"
#include "casecard/CaseHeader.h"
#include "casecard/DeadlineTable.h"
#include "casecard/TimelineTable.h"
#include "workflow/Stage.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace exitdesk;

namespace {

class CaseCardTest : public test::CaseCardFixture
{
protected:
    // Presses a key in the widget that has the keyboard focus, as the keyboard would.
    static void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        QTest::keyClick(focus, Qt::Key(k), modifiers);
    }

    // Whether the keyboard focus is in `w` (a date field's line edit counts as the field).
    static bool hasFocus(QWidget *w)
    {
        QWidget *focus = QApplication::focusWidget();
        return w && focus && (focus == w || w->isAncestorOf(focus));
    }
};

TEST_F(CaseCardTest, HeaderShowsTheCaseItsChildrenAndTheStage)
{
    openCard(head);
    ASSERT_TRUE(card->isAccepted());
    EXPECT_TRUE(card->windowTitle().contains(accepted.number));
    const QString title = card->findChild<QLabel *>(QStringLiteral("header.title"))->text();
    EXPECT_TRUE(title.contains(accepted.number));
    EXPECT_TRUE(title.contains(accepted.applicant.surname));
    EXPECT_EQ(card->findChild<QLabel *>(QStringLiteral("header.iin"))->text(), accepted.applicant.iin);
    const QString children = card->header()->childrenLabel()->text();
    for (const Child &child : accepted.children) {
        EXPECT_TRUE(children.contains(child.fullName())) << children.toStdString();
        EXPECT_TRUE(children.contains(child.birthDate.toString(QStringLiteral("dd.MM.yyyy"))));
    }
    EXPECT_EQ(card->header()->stageLabel()->text(), stageTitle(Stage::Registration, QStringLiteral("kk")));
    EXPECT_EQ(card->timeline()->rowCount(), 0);
    // Only registration comes next (and a complaint, which is possible at any time).
    EXPECT_EQ(card->offeredSteps(), (QList<EventKind>{EventKind::Registered, EventKind::ComplaintReceived}));
}

TEST_F(CaseCardTest, DueDatesShowTheWorkingDaysLeft)
{
    openCard(head);
    const QTableWidget *table = card->deadlineTable();
    ASSERT_GE(table->rowCount(), 2);
    const WorkflowState &s = card->state();
    ASSERT_FALSE(s.deadlines.isEmpty());
    const Deadline &current = s.deadlines.first();
    EXPECT_EQ(table->item(0, 0)->text(), stageTitle(current.stage, QStringLiteral("kk")));
    EXPECT_EQ(table->item(0, 1)->text(), current.due.toString(QStringLiteral("dd.MM.yyyy")));
    const int left = DeadlineStatus::of(current.due, clock.today(), deadlines->workflow()->calendar()).workingDays;
    EXPECT_EQ(table->item(0, 2)->text(), ui::DeadlineTable::daysText(left));
    // The service term on the last row: 20 working days.
    const int last = table->rowCount() - 1;
    EXPECT_EQ(table->item(last, 1)->text(), s.service.dueDate().toString(QStringLiteral("dd.MM.yyyy")));
}

TEST_F(CaseCardTest, StepsRecordedThroughTheButtonsAppearOnTheTimeline)
{
    openCard(head);
    press(EventKind::Registered);
    ASSERT_EQ(card->timeline()->rowCount(), 1);
    EXPECT_EQ(card->timeline()->item(0, 0)->text(), QStringLiteral("20.11.2026"));
    EXPECT_EQ(card->timeline()->item(0, 1)->text(), eventKindName(EventKind::Registered).kk);
    EXPECT_EQ(card->timeline()->item(0, 2)->text(), head.fullName);
    EXPECT_EQ(card->header()->stageLabel()->text(), stageTitle(Stage::CompletenessCheck, QStringLiteral("kk")));
    EXPECT_TRUE(card->stepButton(EventKind::CompletenessChecked));
    EXPECT_FALSE(card->stepButton(EventKind::Registered));

    // The next working day: the dialog starts on today's date and the logged-in user.
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 5)));
    answer = [this](QDialog &dialog) {
        auto *events = qobject_cast<ui::EventDialog *>(&dialog);
        EXPECT_TRUE(events);
        EXPECT_EQ(events->dateEdit()->date(), QDate(2026, 11, 23));
        EXPECT_EQ(events->executorEdit()->text(), head.fullName);
        EXPECT_EQ(events->dateEdit()->displayFormat(), QStringLiteral("dd.MM.yyyy"));
        events->executorEdit()->setText(QStringLiteral("Ержан Мұратов"));
        events->noteEdit()->setText(QStringLiteral("all originals present"));
        return true;
    };
    press(EventKind::CompletenessChecked);
    const QList<CaseEvent> events = storedEvents();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(1).kind, EventKind::CompletenessChecked);
    EXPECT_EQ(events.at(1).at, QDateTime(QDate(2026, 11, 23), QTime(9, 5)));
    EXPECT_EQ(events.at(1).executor, QStringLiteral("Ержан Мұратов"));
    EXPECT_TRUE(events.at(1).data.value(QStringLiteral("complete")).toBool());
    EXPECT_EQ(events.at(1).data.value(QStringLiteral("note")).toString(), QStringLiteral("all originals present"));
    ASSERT_EQ(card->timeline()->rowCount(), 2);
    EXPECT_EQ(card->timeline()->item(1, 0)->text(), QStringLiteral("23.11.2026"));
    EXPECT_TRUE(card->timeline()->item(1, 3)->text().contains(QStringLiteral("all originals present")));
    EXPECT_EQ(card->header()->stageLabel()->text(), stageTitle(Stage::DataEntry, QStringLiteral("kk")));

    // Recorded by the logged-in user, audited in the same transaction.
    AuditFilter filter;
    filter.entityKind = QStringLiteral("case");
    filter.entityId = accepted.number;
    int steps = 0;
    for (const AuditRecord &r : AuditLog::list(*db, filter, nullptr)) {
        if (r.action == QStringLiteral("case.event")) {
            ++steps;
            EXPECT_EQ(r.actorLogin, head.login);
        }
    }
    EXPECT_EQ(steps, 2);
}

TEST_F(CaseCardTest, EnterInTheStepDialogRecordsItWithItsDefaults)
{
    openCard(head);
    answer = [](QDialog &dialog) {
        dialog.show();
        auto *events = qobject_cast<ui::EventDialog *>(&dialog);
        EXPECT_TRUE(events);
        if (!events)
            return false;
        // Typed into the date field, as the operator would, then Enter.
        QTest::keyClick(events->dateEdit(), Qt::Key_Return);
        return dialog.result() == QDialog::Accepted;
    };
    press(EventKind::Registered);
    ASSERT_EQ(storedEvents().size(), 1);
    EXPECT_EQ(storedEvents().first().executor, head.fullName);
    EXPECT_EQ(storedEvents().first().at, clock.now());
}

TEST_F(CaseCardTest, AStepOutOfStageIsRefusedWithTheStageNamed)
{
    openCard(head);
    press(EventKind::Registered);
    // Chosen from "Other step…": the notice to the military office belongs to stage 10.
    QAction *other = card->findChild<QAction *>(QStringLiteral("other.military-notice-sent"));
    ASSERT_TRUE(other);
    other->trigger();
    const QString message = card->message();
    EXPECT_TRUE(message.contains(stageTitle(Stage::CompletenessCheck, QStringLiteral("kk")))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("military-notice-sent"))) << message.toStdString();
    EXPECT_TRUE(card->findChild<QLabel *>(QStringLiteral("message"))->isVisible());
    EXPECT_EQ(storedEvents().size(), 1);
    EXPECT_EQ(card->timeline()->rowCount(), 1);
}

TEST_F(CaseCardTest, AStepWithoutThePermissionIsRefusedBeforeItsDialog)
{
    Actor counter;
    counter.login = QStringLiteral("aliya");
    counter.role = Role::Operator;
    openCard(counter);
    ASSERT_TRUE(card->stepButton(EventKind::Registered));
    EXPECT_FALSE(card->stepButton(EventKind::Registered)->isEnabled());
    EXPECT_FALSE(card->startStep(EventKind::Registered));
    EXPECT_TRUE(dialogsSeen.isEmpty());
    EXPECT_TRUE(card->message().contains(QStringLiteral("aliya"))) << card->message().toStdString();
    EXPECT_TRUE(storedEvents().isEmpty());
}

TEST_F(CaseCardTest, AnAnswerIsRecordedWithItsBodyResultDateAndNumber)
{
    openCard(head);
    for (EventKind kind : {EventKind::Registered, EventKind::CompletenessChecked, EventKind::EnteredInSystem,
                           EventKind::RequestsSent})
        press(kind);
    EXPECT_EQ(card->state().requested.size(), 5);
    answer = [](QDialog &dialog) {
        auto *body = dialog.findChild<QComboBox *>(QStringLiteral("data.body"));
        body->setCurrentIndex(body->findData(QStringLiteral("kgd")));
        auto *result = dialog.findChild<QComboBox *>(QStringLiteral("data.result"));
        result->setCurrentIndex(result->findData(QStringLiteral("negative")));
        dialog.findChild<QDateEdit *>(QStringLiteral("data.date"))->setDate(QDate(2026, 11, 19));
        dialog.findChild<QLineEdit *>(QStringLiteral("data.number"))->setText(QStringLiteral("КГД-17/442"));
        return true;
    };
    press(EventKind::AnswerReceived);
    const CaseEvent e = storedEvents().last();
    EXPECT_EQ(e.kind, EventKind::AnswerReceived);
    EXPECT_EQ(e.data.value(QStringLiteral("body")).toString(), QStringLiteral("kgd"));
    EXPECT_EQ(e.data.value(QStringLiteral("result")).toString(), QStringLiteral("negative"));
    EXPECT_EQ(e.data.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(e.data.value(QStringLiteral("number")).toString(), QStringLiteral("КГД-17/442"));
    ASSERT_TRUE(card->state().answers.contains(ApprovalBody::Kgd));
    EXPECT_FALSE(card->state().answers.value(ApprovalBody::Kgd).positive);
    const QString details = card->timeline()->item(card->timeline()->rowCount() - 1, 3)->text();
    EXPECT_TRUE(details.contains(QStringLiteral("КГД-17/442"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("19.11.2026"))) << details.toStdString();
    EXPECT_TRUE(details.contains(approvalBodyName(ApprovalBody::Kgd).kk)) << details.toStdString();
}

TEST_F(CaseCardTest, ACancelledDialogRecordsNothing)
{
    openCard(head);
    answer = [](QDialog &) { return false; };
    press(EventKind::Registered);
    EXPECT_TRUE(storedEvents().isEmpty());
    EXPECT_EQ(card->timeline()->rowCount(), 0);
}

TEST_F(CaseCardTest, NamesFollowTheLanguageSwitch)
{
    openCard(head);
    press(EventKind::Registered);
    language->setLanguage(QStringLiteral("ru"), false);
    QCoreApplication::processEvents();
    EXPECT_EQ(card->timeline()->item(0, 1)->text(), eventKindName(EventKind::Registered).ru);
    EXPECT_EQ(card->header()->stageLabel()->text(), stageTitle(Stage::CompletenessCheck, QStringLiteral("ru")));
    // The next steps are offered again, visible, in the new language.
    ASSERT_TRUE(card->stepButton(EventKind::CompletenessChecked));
    EXPECT_TRUE(card->stepButton(EventKind::CompletenessChecked)->isVisible());
    EXPECT_TRUE(card->message().isEmpty());
}

TEST_F(CaseCardTest, TabLeavesADateFieldInOneStepAndTypedDigitsFillIt)
{
    openCard(head);
    for (EventKind kind : {EventKind::Registered, EventKind::CompletenessChecked, EventKind::EnteredInSystem,
                           EventKind::RequestsSent})
        press(kind);
    bool walked = false;
    answer = [&walked](QDialog &dialog) {
        dialog.show();
        dialog.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&dialog));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("date"));
        auto *executor = dialog.findChild<QLineEdit *>(QStringLiteral("executor"));
        auto *result = dialog.findChild<QComboBox *>(QStringLiteral("data.result"));
        auto *answerDate = dialog.findChild<QDateEdit *>(QStringLiteral("data.date"));
        auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("data.number"));
        date->setFocus(Qt::TabFocusReason);
        // Date, executor, body, result, answer date, number: five Tabs, one per field.
        for (int i = 0; i < 5; ++i)
            key(Qt::Key_Tab);
        EXPECT_TRUE(hasFocus(number)) << QApplication::focusWidget()->objectName().toStdString();
        test::typeText(QApplication::focusWidget(), QStringLiteral("КГД-17/442"));
        // Shift+Tab goes back one field at a time as well.
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        EXPECT_TRUE(hasFocus(answerDate));
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        EXPECT_TRUE(hasFocus(result));
        // Typed digits still fill day, month and year, moving on by themselves.
        key(Qt::Key_Tab);
        EXPECT_TRUE(hasFocus(answerDate));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("19112026"));
        EXPECT_EQ(answerDate->date(), QDate(2026, 11, 19));
        key(Qt::Key_Tab);
        EXPECT_TRUE(hasFocus(number));
        for (int i = 0; i < 4; ++i)
            key(Qt::Key_Backtab, Qt::ShiftModifier);
        EXPECT_TRUE(hasFocus(executor));
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        EXPECT_TRUE(hasFocus(date));
        test::snapshot(&dialog, QStringLiteral("card-answer-dialog"));
        walked = true;
        return true;
    };
    press(EventKind::AnswerReceived);
    ASSERT_TRUE(walked);
    const CaseEvent e = storedEvents().last();
    EXPECT_EQ(e.kind, EventKind::AnswerReceived);
    EXPECT_EQ(e.data.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(e.data.value(QStringLiteral("number")).toString(), QStringLiteral("КГД-17/442"));
}

TEST_F(CaseCardTest, AStepDialogIsTitledLikeTheButtonThatOpenedIt)
{
    openCard(head);
    QStringList titles;
    answer = [&titles](QDialog &dialog) {
        titles << dialog.windowTitle();
        return true;
    };
    const QList<QPair<QString, EventKind>> steps{{QStringLiteral("kk"), EventKind::Registered},
                                                 {QStringLiteral("kk"), EventKind::CompletenessChecked},
                                                 {QStringLiteral("ru"), EventKind::EnteredInSystem},
                                                 {QStringLiteral("ru"), EventKind::RequestsSent}};
    for (const auto &[lang, kind] : steps) {
        language->setLanguage(lang, false);
        QCoreApplication::processEvents();
        QPushButton *button = card->stepButton(kind);
        ASSERT_TRUE(button) << eventKindKey(kind).toStdString();
        // "&1  Completeness checked…" on the button, "Completeness checked" on the dialog.
        QString words = button->text().section(QStringLiteral("  "), 1);
        ASSERT_TRUE(words.endsWith(QChar(0x2026))) << words.toStdString();
        words.chop(1);
        titles.clear();
        press(kind);
        ASSERT_EQ(titles.size(), 1);
        EXPECT_EQ(titles.first(), words);
        EXPECT_TRUE(titles.first().at(0).isUpper()) << titles.first().toStdString();
    }
    // The button «Решение подписано и внесено…» opens «Решение подписано и внесено»; names
    // written in lower case by core start with a capital letter all the same.
    EXPECT_EQ(ui::CardActions::title(EventKind::DecisionRecorded) + QChar(0x2026),
              ui::CardActions::label(EventKind::DecisionRecorded));
    EXPECT_TRUE(ui::CardActions::title(EventKind::AnswerReceived).at(0).isUpper());
}

TEST_F(CaseCardTest, TheTimelineShowsTheExecutorsWholeName)
{
    openCard(head);
    const QString executor = QStringLiteral("Ахмедьярова Айгерім Нұрланқызы");
    answer = [&executor](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("executor"))->setText(executor);
        return true;
    };
    for (EventKind kind : {EventKind::Registered, EventKind::CompletenessChecked, EventKind::EnteredInSystem})
        press(kind);
    QTableWidget *timeline = card->timeline();
    ASSERT_EQ(timeline->item(0, 2)->text(), executor);
    // At the card's usual width and on a narrower screen the name is in sight and whole: it
    // fits its column (the cell's margins aside), on one line or wrapped on whole words that
    // the row is tall enough for.
    for (const int width : {900, 1180}) {
        card->resize(width, 760);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QFontMetrics fm(timeline->font());
        const int room = timeline->columnWidth(2) - 6;
        EXPECT_LE(timeline->columnViewportPosition(2) + timeline->columnWidth(2), timeline->viewport()->width())
            << "the executor is out of sight at " << width;
        for (const QString &word : executor.split(QLatin1Char(' ')))
            EXPECT_LE(fm.horizontalAdvance(word), room) << word.toStdString() << " cut in " << timeline->columnWidth(2) << " px";
        const QRect wrapped = fm.boundingRect(QRect(0, 0, room, 10000), Qt::TextWordWrap, executor);
        for (int row = 0; row < timeline->rowCount(); ++row)
            EXPECT_LE(wrapped.height(), timeline->rowHeight(row))
                << "row " << row << ": column " << timeline->columnWidth(2) << " px, name "
                << fm.horizontalAdvance(executor) << " px, card " << width;
        test::snapshot(card.get(), QStringLiteral("card-timeline-%1").arg(width));
    }
}

TEST_F(CaseCardTest, TheNewestStepIsInSightAfterItIsRecorded)
{
    openCard(head);
    // A low card: the timeline must scroll, and follow the step just recorded.
    card->resize(1000, 520);
    QCoreApplication::processEvents();
    for (EventKind kind : {EventKind::Registered, EventKind::CompletenessChecked, EventKind::EnteredInSystem,
                           EventKind::RequestsSent})
        press(kind);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QTableWidget *timeline = card->timeline();
    ASSERT_GE(timeline->rowCount(), 4);
    const int last = timeline->rowCount() - 1;
    const QRect row = timeline->visualRect(timeline->model()->index(last, 1));
    EXPECT_TRUE(timeline->viewport()->rect().contains(row))
        << "newest step at y " << row.y() << "–" << row.bottom() << ", viewport height "
        << timeline->viewport()->height();
}

} // namespace
