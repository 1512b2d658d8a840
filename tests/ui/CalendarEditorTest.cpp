// The calendar editor on a temporary SQLite database: a transfer added from the keyboard changes
// the working-day count of core (and of every other workstation reading the database), the
// year's confirmation updates the incomplete banner, Kurban Ait is set from a day, holidays
// refuse transfers, and a year travels through a file with errors naming their key.
#include "UiTestSupport.h"
#include "MessageBox.h"
#include "calendar/CalendarJson.h"
#include "calendar/CalendarStore.h"
#include "calendareditor/CalendarEditorDialog.h"
#include "calendareditor/CalendarYearEditor.h"
#include "calendareditor/YearView.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

class CalendarEditorTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        db = Database::open(m_dir.filePath(QStringLiteral("calendar.sqlite")), &error);
        ASSERT_TRUE(db) << error.toStdString();
        deadlines = std::make_unique<ui::Deadlines>(db.get(), clock);
    }

    // The calendar as another workstation would read it now.
    std::shared_ptr<const WorkingCalendar> stored()
    {
        QString error;
        auto calendar = CalendarStore(*db).loadWorkingCalendar(&error);
        EXPECT_TRUE(calendar) << error.toStdString();
        return calendar;
    }

    std::unique_ptr<CalendarEditorDialog> makeDialog()
    {
        auto dialog = std::make_unique<CalendarEditorDialog>(context());
        dialog->setUserName(QStringLiteral("Админ Әлия"));
        dialog->show();
        return dialog;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CalendarEditorTest, EnterOnAWorkingDayAddsADayOffThatCoreCounts)
{
    auto dialog = makeDialog();
    YearView *view = dialog->yearView();
    QSignalSpy changed(dialog.get(), &CalendarEditorDialog::calendarChanged);
    ASSERT_EQ(view->year(), 2026);
    ASSERT_EQ(view->currentDate(), QDate(2026, 11, 20)); // today (the fixture's clock)
    ASSERT_TRUE(stored()->isWorkingDay(QDate(2026, 11, 25)));
    const QDate serviceBefore = deadlines->serviceDue(QDateTime(QDate(2026, 11, 10), QTime(10, 0)), QStringLiteral("counter"));

    // From Friday 20th: a week down, two days left: Wednesday 25 November.
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    ASSERT_EQ(view->currentDate(), QDate(2026, 11, 25));
    QTest::keyClick(view, Qt::Key_Return);

    auto calendar = stored();
    EXPECT_FALSE(calendar->isWorkingDay(QDate(2026, 11, 25)));
    EXPECT_EQ(calendar->dayInfo(QDate(2026, 11, 25)).kind, DayKind::TransferredDayOff);
    EXPECT_EQ(calendar->addWorkingDays(QDate(2026, 11, 24), 1), QDate(2026, 11, 26));
    EXPECT_EQ(view->dayInfo(QDate(2026, 11, 25)).kind, DayKind::TransferredDayOff);
    EXPECT_EQ(changed.count(), 1);
    // The program's deadlines were reloaded with the new calendar.
    EXPECT_EQ(deadlines->serviceDue(QDateTime(QDate(2026, 11, 10), QTime(10, 0)), QStringLiteral("counter")),
              serviceBefore.addDays(1));

    // Space on the same day removes the transfer again.
    QTest::keyClick(view, Qt::Key_Space);
    calendar = stored();
    EXPECT_TRUE(calendar->isWorkingDay(QDate(2026, 11, 25)));
    EXPECT_EQ(calendar->dayInfo(QDate(2026, 11, 25)).kind, DayKind::Working);
}

TEST_F(CalendarEditorTest, AWeekendDayBecomesWorkingAndHolidaysRefuseTransfers)
{
    auto dialog = makeDialog();
    YearView *view = dialog->yearView();
    const int before = stored()->workingDaysInYear(2026);

    view->setCurrentDate(QDate(2026, 11, 21)); // a Saturday
    EXPECT_TRUE(dialog->toggleAction()->isEnabled());
    dialog->toggleAction()->trigger();
    EXPECT_TRUE(stored()->isWorkingDay(QDate(2026, 11, 21)));
    EXPECT_EQ(stored()->dayInfo(QDate(2026, 11, 21)).kind, DayKind::TransferredWorking);
    EXPECT_EQ(stored()->workingDaysInYear(2026), before + 1);

    // Independence Day: no transfer can fall on a holiday.
    view->setCurrentDate(QDate(2026, 12, 16));
    EXPECT_EQ(view->dayInfo(QDate(2026, 12, 16)).kind, DayKind::Holiday);
    EXPECT_FALSE(dialog->toggleAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("2026-12-16")))
        << dialog->statusLabel()->text().toStdString();
    EXPECT_EQ(stored()->dayInfo(QDate(2026, 12, 16)).kind, DayKind::Holiday);
    EXPECT_EQ(stored()->workingDaysInYear(2026), before + 1);
}

TEST_F(CalendarEditorTest, ConfirmingTheYearClearsTheIncompleteBanner)
{
    auto dialog = makeDialog();
    YearView *view = dialog->yearView();
    // 2026 ships complete (Kurban Ait entered, confirmed).
    EXPECT_FALSE(dialog->banner()->property("incomplete").toBool());

    // A change withdraws the confirmation: the year must be confirmed again.
    view->setCurrentDate(QDate(2026, 11, 25));
    dialog->toggleAction()->trigger();
    EXPECT_TRUE(dialog->banner()->property("incomplete").toBool());
    EXPECT_TRUE(dialog->banner()->isVisible());
    EXPECT_FALSE(stored()->isComplete(2026));
    EXPECT_TRUE(dialog->banner()->text().contains(yearGapText(YearGap::NotConfirmed).in(Language::current())))
        << dialog->banner()->text().toStdString();

    test::snapshot(dialog.get(), QStringLiteral("calendar-editor-incomplete"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->banner()->property("incomplete").toBool());
    test::snapshot(dialog.get(), QStringLiteral("calendar-editor"));
    EXPECT_TRUE(stored()->isComplete(2026));
    EXPECT_TRUE(dialog->confirmationLabel()->text().contains(QStringLiteral("Админ Әлия")));
    EXPECT_TRUE(dialog->confirmationLabel()->text().contains(QStringLiteral("20.11.2026 10:15")));
    CalendarData data;
    QString error;
    ASSERT_TRUE(CalendarStore(*db).load(&data, &error));
    EXPECT_EQ(data.years.value(2026).confirmedBy, QStringLiteral("Админ Әлия"));
    EXPECT_EQ(data.years.value(2026).confirmedAt, clock.now());
}

TEST_F(CalendarEditorTest, KurbanAitAndConfirmationCompleteANewYear)
{
    auto dialog = makeDialog();
    dialog->showYear(2027);
    YearView *view = dialog->yearView();
    ASSERT_EQ(view->year(), 2027);
    EXPECT_TRUE(dialog->banner()->property("incomplete").toBool());
    EXPECT_TRUE(dialog->banner()->text().contains(yearGapText(YearGap::NoKurbanAit).in(Language::current())));

    // Monday 17 May 2027 as the first day of Kurban Ait.
    view->setCurrentDate(QDate(2027, 5, 17));
    ASSERT_TRUE(stored()->isWorkingDay(QDate(2027, 5, 17)));
    dialog->kurbanAitAction()->trigger();
    EXPECT_FALSE(stored()->isWorkingDay(QDate(2027, 5, 17)));
    EXPECT_EQ(stored()->dayInfo(QDate(2027, 5, 17)).holidayKey, QStringLiteral("kurban-ait"));
    EXPECT_EQ(view->dayInfo(QDate(2027, 5, 17)).kind, DayKind::Holiday);
    // Still incomplete: nobody confirmed it.
    EXPECT_TRUE(dialog->banner()->property("incomplete").toBool());
    EXPECT_FALSE(dialog->banner()->text().contains(yearGapText(YearGap::NoKurbanAit).in(Language::current())));

    dialog->confirmYear();
    EXPECT_FALSE(dialog->banner()->property("incomplete").toBool());
    EXPECT_TRUE(stored()->isComplete(2027));
    // The tooltip names the holiday.
    EXPECT_TRUE(view->dayText(QDate(2027, 5, 17))
                    .contains(stored()->dayInfo(QDate(2027, 5, 17)).reason.in(Language::current())));
    EXPECT_FALSE(stored()->dayInfo(QDate(2027, 5, 17)).reason.isEmpty());
}

TEST_F(CalendarEditorTest, ArrowsCrossIntoTheNextYear)
{
    auto dialog = makeDialog();
    YearView *view = dialog->yearView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    EXPECT_EQ(view->currentDate(), QDate(2026, 12, 31));
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_EQ(view->currentDate(), QDate(2027, 1, 1));
    EXPECT_EQ(view->year(), 2027);
    EXPECT_EQ(dialog->editor()->year(), 2027);
    // What is painted where matches what the cursor says.
    const QRect r = view->dayRect(QDate(2027, 3, 15));
    ASSERT_FALSE(r.isEmpty());
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, r.center());
    EXPECT_EQ(view->currentDate(), QDate(2027, 3, 15));
}

TEST_F(CalendarEditorTest, ExportsAndImportsAYearFile)
{
    auto dialog = makeDialog();
    const QString path = m_dir.filePath(QStringLiteral("calendar-2026.json"));
    ASSERT_TRUE(dialog->exportYear(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("exitdesk-calendar-year"));
    EXPECT_EQ(o.value(QStringLiteral("kurbanAit")).toString(), QStringLiteral("2026-05-27"));

    // A 2027 file with a transfer and Kurban Ait, as another office would send it.
    CalendarYear y;
    y.year = 2027;
    y.kurbanAit = QDate(2027, 5, 17);
    y.transfers << DayTransfer{QDate(2027, 1, 8), TransferKind::DayOff, QStringLiteral("decree")};
    const QString good = m_dir.filePath(QStringLiteral("calendar-2027.json"));
    QFile out(good);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(CalendarJson::yearFile(y));
    out.close();
    ASSERT_TRUE(dialog->importYear(good));
    EXPECT_EQ(dialog->yearView()->year(), 2027);
    EXPECT_FALSE(stored()->isWorkingDay(QDate(2027, 1, 8)));
    EXPECT_FALSE(stored()->isWorkingDay(QDate(2027, 5, 17)));
    // Imported, not yet confirmed here.
    EXPECT_TRUE(dialog->banner()->property("incomplete").toBool());

    // A transfer on a holiday: refused, the message names the key; nothing changes.
    y.transfers = {DayTransfer{QDate(2027, 12, 16), TransferKind::DayOff, QString()}};
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile badOut(bad);
    ASSERT_TRUE(badOut.open(QIODevice::WriteOnly));
    badOut.write(CalendarJson::yearFile(y));
    badOut.close();
    MessageBox::setNextAnswer(MessageBox::Ok);
    EXPECT_FALSE(dialog->importYear(bad));
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("transfers[0].date")))
        << dialog->statusLabel()->text().toStdString();
    EXPECT_FALSE(stored()->isWorkingDay(QDate(2027, 1, 8)));

    // An unknown key in the file is named too.
    QFile typo(bad);
    ASSERT_TRUE(typo.open(QIODevice::WriteOnly));
    typo.write("{\"format\": \"exitdesk-calendar-year\", \"version\": 1, \"year\": 2027, \"kurbanAitt\": \"2027-05-17\"}");
    typo.close();
    MessageBox::setNextAnswer(MessageBox::Ok);
    EXPECT_FALSE(dialog->importYear(bad));
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("kurbanAitt")))
        << dialog->statusLabel()->text().toStdString();
}

TEST_F(CalendarEditorTest, WithoutThePermissionsTheYearIsReadOnly)
{
    auto dialog = makeDialog();
    dialog->setAllowed(false, false);
    YearView *view = dialog->yearView();
    view->setCurrentDate(QDate(2026, 11, 25));
    EXPECT_FALSE(dialog->toggleAction()->isEnabled());
    EXPECT_FALSE(dialog->kurbanAitAction()->isEnabled());
    EXPECT_FALSE(dialog->confirmButton()->isEnabled());
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_TRUE(stored()->isWorkingDay(QDate(2026, 11, 25)));
    // Looking around still works.
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_EQ(view->currentDate(), QDate(2026, 11, 26));
}
