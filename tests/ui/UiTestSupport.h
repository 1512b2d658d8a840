// Shared set-up of the widget tests: settings in a throwaway test location, a fixed clock,
// the language object, and a fresh in-memory database.
#pragma once

#include "AppContext.h"
#include "Language.h"
#include "TestSupport.h"
#include "session/Deadlines.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

namespace exitdesk::test {

// Types text key by key like a keyboard would, Kazakh and Russian letters included
// (QTest::keyClicks only knows ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const Qt::Key key = ch.unicode() < 0x80 ? Qt::Key(ch.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(ch), Qt::NoModifier);
    }
}

class UiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExitDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ExitDeskUiTest"));
        QSettings().clear();
        language = std::make_unique<ui::Language>();
        language->setLanguage(QStringLiteral("kk"), false);
    }

    void TearDown() override
    {
        QSettings().clear();
        deadlines.reset();
        language.reset();
        db.reset();
    }

    // A fresh in-memory database with the schema; a failure ends the test.
    void openDatabase()
    {
        QString error;
        db = Database::open(QStringLiteral(":memory:"), &error);
        ASSERT_TRUE(db) << error.toStdString();
        deadlines = std::make_unique<ui::Deadlines>(db.get(), clock);
    }

    ui::AppContext context() { return ui::AppContext{db.get(), &clock, language.get(), deadlines.get()}; }

    // Friday 20 November 2026, 10:15: the counter is open.
    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(10, 15))};
    std::unique_ptr<ui::Language> language;
    std::unique_ptr<Database> db;
    std::unique_ptr<ui::Deadlines> deadlines;
};

} // namespace exitdesk::test
