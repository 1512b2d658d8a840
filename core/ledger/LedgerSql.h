// The SQL the register reads with, shared by the SQLite and PostgreSQL streams: the case
// columns (with the body fields the ledger prints, extracted by the database so the whole JSON
// body is never parsed here), the event columns, and fast readers for their ISO dates.
#pragma once

#include "ledger/LedgerCaseRecord.h"

#include <QDate>
#include <QStringList>

#include <QByteArrayView>
#include <QSqlQuery>
#include <QStringView>

namespace exitdesk {

enum class Dialect;
enum class EventKind;

class LedgerSql
{
public:
    // c.id … c.to_country, then passport, identity card, channel, children (4 more): from the
    // stage cache joined as `s` (stageJoin()) where it has them, else from the body; the channel
    // only for the cases to replay as of `asOf`.
    static QString caseColumns(Dialect dialect, const QDate &asOf);
    static constexpr int CaseColumnCount = 15;
    // The stage cache of each case (CaseStageIndex), joined as `s` by stageJoin(): its register
    // columns, then 1 when the case is to be replayed instead (replayCondition()).
    static QString stageJoin();
    static QString stageColumns(const QDate &asOf);
    static constexpr int StageColumnCount = 13;
    // True for the cases whose events the register replays: accepted cases the cache has no row
    // for, or whose latest event is after the register's day (`asOf`; null: none is).
    static QString replayCondition(const QDate &asOf);
    // The stage columns of a row into record->cached and record->derived; `text(i)` gives the
    // i-th stage column as text (null for SQL NULL).
    template <typename Text>
    static void readStage(Text text, LedgerCaseRecord *record)
    {
        record->cached = text(StageColumnCount - 1) == QLatin1String("0");
        if (!record->cached)
            return;
        LedgerDerivation &d = record->derived;
        d.stage = text(0);
        d.finished = text(1) == QLatin1String("1");
        d.dueDate = isoDate(text(2));
        d.overdueFrom = isoDate(text(3));
        d.securityAnswerDate = isoDate(text(4));
        d.securityAnswerNumber = text(5);
        d.decisionDate = isoDate(text(6));
        d.permitDate = isoDate(text(7));
        d.refusalGrounds = LedgerDerivation::groundsFromText(text(8));
        d.executor = text(9);
        d.note = text(10);
        d.lastEventDay = isoDate(text(11));
    }

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
