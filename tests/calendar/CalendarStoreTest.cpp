// The calendar in the database: seeded once from the defaults, year import (confirmation kept
// only when nothing changed), confirmation, file round trip with errors naming the key.
#include "CalendarTestSupport.h"

#include "calendar/CalendarJson.h"
#include "calendar/CalendarStore.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace exitdesk;
using exitdesk::test::d;

namespace {

std::unique_ptr<Database> memoryDb()
{
    QString error;
    std::unique_ptr<Database> db = Database::open(QStringLiteral(":memory:"), &error);
    EXPECT_TRUE(db) << error.toStdString();
    return db;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST(CalendarDefaults, ShipTheRulesAndYears)
{
    QString error;
    const CalendarData data = CalendarDefaults::load(&error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(data.validate().isEmpty());
    EXPECT_EQ(data.weeklyDaysOff, (QList<int>{Qt::Saturday, Qt::Sunday}));
    EXPECT_TRUE(data.isComplete(2024) && data.isComplete(2025) && data.isComplete(2026));
    EXPECT_EQ(data.gaps(2027), (QList<YearGap>{YearGap::NoKurbanAit, YearGap::NotConfirmed}));
    EXPECT_EQ(data.years.value(2025).kurbanAit, d("2025-06-06"));
}

TEST(CalendarStore, SeedsAnEmptyDatabaseOnce)
{
    std::unique_ptr<Database> db = memoryDb();
    ASSERT_TRUE(db);
    CalendarStore store(*db);
    CalendarData loaded;
    QString error;
    ASSERT_TRUE(store.load(&loaded, &error)) << error.toStdString();
    const CalendarData defaults = CalendarDefaults::load();
    EXPECT_EQ(loaded.holidays, defaults.holidays);
    EXPECT_EQ(loaded.weeklyDaysOff, defaults.weeklyDaysOff);
    ASSERT_EQ(loaded.years.keys(), defaults.years.keys());
    for (int y : defaults.years.keys()) {
        EXPECT_TRUE(loaded.years.value(y).sameDays(defaults.years.value(y))) << y;
        EXPECT_EQ(loaded.years.value(y).confirmed(), defaults.years.value(y).confirmed()) << y;
    }
    EXPECT_FALSE(store.changedAt().isValid());
    // An administrator removing a rule is not undone by the next load.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM calendar_holiday_rules WHERE rule_key = 'republic-day'")));
    ASSERT_TRUE(store.load(&loaded, &error));
    EXPECT_EQ(loaded.holidays.size(), defaults.holidays.size() - 1);
}

TEST(CalendarStore, ImportAndConfirmAYear)
{
    std::unique_ptr<Database> db = memoryDb();
    ASSERT_TRUE(db);
    CalendarStore store(*db);
    QString error;
    CalendarYear y2027;
    y2027.year = 2027;
    y2027.kurbanAit = d("2027-05-17"); // a test value, not an announced date
    CalendarYear stored;
    ASSERT_TRUE(store.importYear(y2027, at("2026-12-01T10:00:00"), &stored, &error)) << error.toStdString();
    EXPECT_FALSE(stored.confirmed());
    std::shared_ptr<const WorkingCalendar> cal = store.loadWorkingCalendar(&error);
    ASSERT_TRUE(cal);
    EXPECT_EQ(cal->gaps(2027), QList<YearGap>{YearGap::NotConfirmed});
    EXPECT_FALSE(cal->isWorkingDay(d("2027-05-17")));
    EXPECT_EQ(store.changedAt(), at("2026-12-01T10:00:00"));

    ASSERT_TRUE(store.confirmYear(2027, QStringLiteral("admin"), at("2026-12-02T09:00:00"), &error));
    cal = store.loadWorkingCalendar(&error);
    EXPECT_TRUE(cal->isComplete(2027));
    EXPECT_EQ(cal->data().years.value(2027).confirmedBy, QStringLiteral("admin"));

    // The same days again keep the confirmation; changed days drop it.
    ASSERT_TRUE(store.importYear(y2027, at("2026-12-03T09:00:00"), &stored, &error));
    EXPECT_TRUE(stored.confirmed());
    y2027.transfers << DayTransfer{d("2027-01-08"), TransferKind::DayOff, QString()};
    ASSERT_TRUE(store.importYear(y2027, at("2026-12-04T09:00:00"), &stored, &error)) << error.toStdString();
    EXPECT_FALSE(stored.confirmed());
    EXPECT_FALSE(store.loadWorkingCalendar(&error)->isWorkingDay(d("2027-01-08")));
}

TEST(CalendarJson, YearFileRoundTrip)
{
    const CalendarYear y = CalendarDefaults::load().years.value(2024);
    CalendarJson::FileKind kind = CalendarJson::FileKind::Unknown;
    CalendarData unused;
    CalendarYear back;
    CalendarErrors errors;
    ASSERT_TRUE(CalendarJson::readFile(CalendarJson::yearFile(y), &kind, &unused, &back, &errors));
    EXPECT_EQ(kind, CalendarJson::FileKind::Year);
    EXPECT_TRUE(back.sameDays(y));
    EXPECT_EQ(back.transfers, y.transfers);
}

TEST(CalendarJson, ErrorsNameTheKey)
{
    auto errorsOf = [](const char *json) {
        CalendarJson::FileKind kind = CalendarJson::FileKind::Unknown;
        CalendarData data;
        CalendarYear year;
        CalendarErrors errors;
        EXPECT_FALSE(CalendarJson::readFile(QByteArray(json), &kind, &data, &year, &errors));
        QStringList keys;
        for (const CalendarError &e : errors)
            keys << e.key;
        return keys;
    };
    EXPECT_EQ(errorsOf(R"({"format":"exitdesk-calendar-year","year":2027,"kurbanAid":"2027-05-17"})"),
              QStringList{QStringLiteral("kurbanAid")});
    EXPECT_EQ(errorsOf(R"({"format":"exitdesk-calendar-year","year":2027,"kurbanAit":"17.05.2027"})"),
              QStringList{QStringLiteral("kurbanAit")});
    EXPECT_EQ(errorsOf(R"({"format":"exitdesk-calendar-year","year":2027,"transfers":[{"date":"2027-01-09","kind":"off"}]})"),
              QStringList{QStringLiteral("transfers[0].kind")});
    EXPECT_EQ(errorsOf(R"({"format":"exitdesk-calendar-year"})"), QStringList{QStringLiteral("year")});
    EXPECT_EQ(errorsOf(R"({"format":"something"})"), QStringList{QStringLiteral("format")});
    EXPECT_EQ(errorsOf(R"({"format":"exitdesk-calendar","holidays":[{"key":"x","month":2,"day":30,"name":{"kk":"a","ru":"b","en":"c"}}]})"),
              QStringList{QStringLiteral("holidays[0].day")});
    // Semantic checks of a year against the rules: a working-day transfer on a weekday, a
    // transfer on a holiday.
    CalendarYear y;
    y.year = 2027;
    y.transfers << DayTransfer{d("2027-01-06"), TransferKind::WorkingDay, QString()}
                << DayTransfer{d("2027-03-15"), TransferKind::DayOff, QString()};
    const CalendarErrors errors = CalendarDefaults::load().validateYear(y);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).key, QStringLiteral("transfers[0].date"));
    EXPECT_EQ(errors.at(1).key, QStringLiteral("transfers[1].date"));
}
