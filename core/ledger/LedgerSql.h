// The SQL the register reads with, shared by the SQLite and PostgreSQL streams: the case
// columns (with the body fields the ledger prints, extracted by the database so the whole JSON
// body is never parsed here), the event columns, and fast readers for their ISO dates.
#pragma once

#include "ledger/LedgerCaseRecord.h"

#include <QByteArrayView>
#include <QSqlQuery>
#include <QStringView>

namespace exitdesk {

enum class Dialect;
enum class EventKind;

class LedgerSql
{
public:
    // c.id … c.to_country, then passport, identity card, channel, children (4 more).
    static QString caseColumns(Dialect dialect);
    static constexpr int CaseColumnCount = 15;
    // e.case_id, e.id, e.kind, e.at, e.data, e.executor
    static QString eventColumns();
    static constexpr int EventColumnCount = 6;

    static void readCase(const QSqlQuery &q, int first, LedgerCaseRecord *record);
    // False when the event's kind is unknown (the event is skipped).
    static bool readEvent(const QSqlQuery &q, int first, CaseEvent *event);

    // An event kind key as the database holds it (UTF-8); false when unknown.
    static bool eventKind(QByteArrayView key, EventKind *kind);

    // "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM[:SS]" without QDateTime::fromString's generality;
    // also straight from a column's UTF-8 bytes.
    static QDate isoDate(QStringView s);
    static QDateTime isoDateTime(QStringView s);
    static QDate isoDate(QByteArrayView s);
    static QDateTime isoDateTime(QByteArrayView s);
};

} // namespace exitdesk
