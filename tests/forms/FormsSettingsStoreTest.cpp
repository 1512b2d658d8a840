// The print module's settings are changed as a person: SettingsEdit is checked in core and
// every change is audited with its old and new value (the QR key only as "changed"). The
// printers' offsets are such settings, one per printer, read back for that printer only.
#include "FormSettingsStore.h"
#include "PrinterOffsetsStore.h"
#include "TestSupport.h"

#include "accounts/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::forms;

namespace {

class FormsSettingsStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        db = Database::open(QStringLiteral(":memory:"), &error);
        ASSERT_TRUE(db) << error.toStdString();
        admin.login = QStringLiteral("dana");
        admin.role = Role::Administrator;
        clerk.login = QStringLiteral("aliya");
        clerk.role = Role::Operator;
    }

    QList<AuditRecord> audit(const QString &name)
    {
        AuditFilter f;
        f.entityKind = QStringLiteral("setting");
        f.entityId = name;
        return AuditLog::list(*db, f, nullptr);
    }

    std::unique_ptr<Database> db;
    test::FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0))};
    Actor admin;
    Actor clerk;
};

TEST_F(FormsSettingsStoreTest, ChangesAreAuditedWithTheOldAndNewValue)
{
    FormSettingsStore store(*db);
    QString error;
    ASSERT_TRUE(store.setValue(admin, clock, QStringLiteral("office.head"), QStringLiteral("Сейітова Г."), &error))
        << error.toStdString();
    ASSERT_TRUE(store.setValue(admin, clock, QStringLiteral("office.head"), QStringLiteral("Омаров Б."), &error));
    EXPECT_EQ(store.value(QStringLiteral("office.head")), QStringLiteral("Омаров Б."));
    const QList<AuditRecord> records = audit(QStringLiteral("office.head"));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.last().action, QStringLiteral("setting.change"));
    EXPECT_EQ(records.last().actorLogin, QStringLiteral("dana"));
    EXPECT_TRUE(records.last().beforeJson.contains(QStringLiteral("Сейітова"))) << records.last().beforeJson.toStdString();
    EXPECT_TRUE(records.last().afterJson.contains(QStringLiteral("Омаров")));
    EXPECT_TRUE(AuditLog::verify(*db).ok);
}

TEST_F(FormsSettingsStoreTest, TheKeyIsNeverWrittenToTheAudit)
{
    FormSettingsStore store(*db);
    QString error;
    const QString key = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    ASSERT_TRUE(store.setValue(admin, clock, QStringLiteral("office.qr-key"), key, &error)) << error.toStdString();
    const QList<AuditRecord> records = audit(QStringLiteral("office.qr-key"));
    ASSERT_EQ(records.size(), 1);
    EXPECT_FALSE(records.first().afterJson.contains(key));
}

TEST_F(FormsSettingsStoreTest, AnOperatorMayNotChangeSettings)
{
    FormSettingsStore store(*db);
    QString error;
    EXPECT_FALSE(store.setValue(clerk, clock, QStringLiteral("office.name"), QStringLiteral("x"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(store.value(QStringLiteral("office.name")).isEmpty());
    EXPECT_TRUE(audit(QStringLiteral("office.name")).isEmpty());
    EXPECT_FALSE(PrinterOffsetsStore(*db).setOffsets(clerk, clock, QStringLiteral("HP"), {1, 1}, &error));
    EXPECT_TRUE(PrinterOffsetsStore(*db).all().isEmpty());
}

TEST_F(FormsSettingsStoreTest, PrinterOffsetsAreKeptPerPrinter)
{
    PrinterOffsetsStore store(*db);
    QString error;
    ASSERT_TRUE(store.setOffsets(admin, clock, QStringLiteral("HP LaserJet (desk 2)"), {1.5, -2}, &error))
        << error.toStdString();
    ASSERT_TRUE(store.setOffsets(admin, clock, QStringLiteral("Kyocera"), {0, 3}, &error));
    EXPECT_DOUBLE_EQ(store.offsets(QStringLiteral("HP LaserJet (desk 2)")).xMm, 1.5);
    EXPECT_DOUBLE_EQ(store.offsets(QStringLiteral("HP LaserJet (desk 2)")).yMm, -2);
    EXPECT_DOUBLE_EQ(store.offsets(QStringLiteral("Kyocera")).yMm, 3);
    // A printer without offsets prints where the form is laid out.
    EXPECT_DOUBLE_EQ(store.offsets(QStringLiteral("Canon")).xMm, 0);
    EXPECT_EQ(store.all().keys(), (QStringList{QStringLiteral("HP LaserJet (desk 2)"), QStringLiteral("Kyocera")}));
    EXPECT_EQ(audit(PrinterOffsetsStore::settingName(QStringLiteral("Kyocera"))).size(), 1);
    EXPECT_TRUE(FormSettingsStore::isKnownName(PrinterOffsetsStore::settingName(QStringLiteral("Kyocera"))));
    EXPECT_FALSE(FormSettingsStore::isKnownName(QStringLiteral("printer.offset")));

    // Beyond the limit, or not a printer: refused, nothing changed.
    EXPECT_FALSE(store.setOffsets(admin, clock, QStringLiteral("Kyocera"), {0, 31}, &error));
    EXPECT_FALSE(store.setOffsets(admin, clock, QString(), {1, 1}, &error));
    EXPECT_DOUBLE_EQ(store.offsets(QStringLiteral("Kyocera")).yMm, 3);
    PrintOffsets parsed;
    EXPECT_TRUE(PrinterOffsetsStore::parse(QStringLiteral("-1.5; 2"), &parsed));
    EXPECT_DOUBLE_EQ(parsed.xMm, -1.5);
    EXPECT_FALSE(PrinterOffsetsStore::parse(QStringLiteral("1.5"), &parsed));
    EXPECT_FALSE(PrinterOffsetsStore::parse(QStringLiteral("a;b"), &parsed));
}

} // namespace
