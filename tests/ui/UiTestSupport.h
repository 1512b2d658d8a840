// Shared set-up of the widget tests: settings in a throwaway test location, a fixed clock,
// the language object, and a fresh in-memory database.
#pragma once

#include "AppContext.h"
#include "Language.h"
#include "TestSupport.h"
#include "session/Deadlines.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>
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

// Saves a picture of the window as `name`.png into $EXITDESK_SCREENSHOTS when that is set
// (scripts/screenshots.sh sets it for the user guide); does nothing otherwise.
inline void snapshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("EXITDESK_SCREENSHOTS");
    if (dir.isEmpty() || !window)
        return;
    QCoreApplication::processEvents();
    const QString lang = ui::Language::current();
    window->grab().save(dir + QLatin1Char('/') + name + QLatin1Char('-') + lang + QStringLiteral(".png"));
}

class UiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExitDeskTest"));
        // ctest runs the tests in parallel processes: each keeps its settings to itself.
        QCoreApplication::setApplicationName(
            QStringLiteral("ExitDeskUiTest-%1").arg(QCoreApplication::applicationPid()));
        QSettings().clear();
        language = std::make_unique<ui::Language>();
        // The screenshots of the Russian user guide are taken with EXITDESK_TEST_LANG=ru.
        const QString lang = qEnvironmentVariable("EXITDESK_TEST_LANG");
        language->setLanguage(lang == QLatin1String("ru") ? lang : QStringLiteral("kk"), false);
    }

    void TearDown() override
    {
        {
            QSettings settings;
            settings.clear();
            settings.sync();
            QFile::remove(settings.fileName());
        }
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
