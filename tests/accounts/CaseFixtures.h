// Accepted cases with decision events for the retention and backup tests: the sample case of
// tests/data/cases/valid-single.json handed in on a given day, and events written as the
// workflow stores them (table case_events).
#pragma once

#include "TestSupport.h"
#include "interchange/CaseJson.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

namespace exitdesk::test {

inline Case sampleCase(const QDateTime &submittedAt, const QString &surname)
{
    QFile f(dataPath(QStringLiteral("cases/valid-single.json")));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QList<Case> cases;
    Findings errors;
    EXPECT_TRUE(CaseJson::parseDocument(f.readAll(), &cases, &errors));
    Case c = cases.value(0);
    c.submittedAt = submittedAt;
    c.applicant.surname = surname;
    return c;
}

// Accepts the case (as an operator at the counter) and returns its number.
inline QString acceptCase(Database &db, const QDateTime &submittedAt, const QString &surname)
{
    FixedClock clock(submittedAt);
    Actor counter;
    counter.login = QStringLiteral("counter");
    counter.role = Role::Operator;
    counter.workstation = QStringLiteral("test-ws");
    CaseRepository repo(db, clock, counter);
    Case c = sampleCase(submittedAt, surname);
    StorageError error;
    EXPECT_TRUE(repo.accept(c, &error)) << error.message(QStringLiteral("en")).toStdString();
    return c.number;
}

inline void addEvent(Database &db, const QString &number, const QString &kind, const QString &day,
                     const QString &data = QStringLiteral("{}"))
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO case_events (case_id, kind, at, data, executor, recorded_at) "
                             "SELECT id, ?, ?, ?, 'test', ? FROM cases WHERE number = ?"));
    q.addBindValue(kind);
    q.addBindValue(day + QStringLiteral("T10:00:00"));
    q.addBindValue(data);
    q.addBindValue(day + QStringLiteral("T10:00:00"));
    q.addBindValue(number);
    ASSERT_TRUE(q.exec());
    ASSERT_EQ(q.numRowsAffected(), 1);
}

inline void decidePositive(Database &db, const QString &number, const QString &day)
{
    addEvent(db, number, QStringLiteral("decision-prepared"), day,
             QStringLiteral("{\"result\":\"positive\"}"));
    addEvent(db, number, QStringLiteral("decision-recorded"), day);
}

inline void refuse(Database &db, const QString &number, const QString &day)
{
    addEvent(db, number, QStringLiteral("decision-prepared"), day,
             QStringLiteral("{\"result\":\"refusal\",\"grounds\":[8]}"));
    addEvent(db, number, QStringLiteral("decision-recorded"), day);
    addEvent(db, number, QStringLiteral("refusal-issued"), day);
}

} // namespace exitdesk::test
