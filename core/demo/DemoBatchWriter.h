// Inserts demo cases and their events many at a time: ids reserved up front, multi-row
// INSERT statements prepared once with bound parameters, one transaction per batch. The rows
// are the ones CaseRepository writes (same columns, the body from CaseJson, the search text
// from CaseRepository::searchText, numbers from CaseNumbering), only without a round trip per
// case, so a million cases take minutes on SQLite and PostgreSQL alike.
#pragma once

#include "demo/DemoCase.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace exitdesk {

class Database;

class DemoBatchWriter
{
public:
    explicit DemoBatchWriter(Database &db);
    ~DemoBatchWriter();

    // Something more to write in a batch's transaction (e.g. the audit record); false with *error.
    using Extra = std::function<bool(QString *error)>;

    // Numbers accepted cases, stores the batch and its events and moves the year counters, in
    // one transaction (with `extra`, when given). Sets c.id (and c.number of accepted cases) in
    // the batch.
    bool write(QList<DemoCase> &batch, QString *error, const Extra &extra = {});

private:
    bool reserveIds(int count, QList<qint64> *ids, QString *error);
    bool assignNumbers(QList<DemoCase> &batch, QString *error);
    bool insertCases(const QList<DemoCase> &batch, QString *error);
    bool insertEvents(const QList<DemoCase> &batch, QString *error);
    bool saveCounters(QString *error);
    QSqlQuery *statement(const QString &table, const QStringList &columns, int rows, QString *error);

    Database &m_db;
    QHash<int, qint64> m_counters; // year -> last number given
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace exitdesk
