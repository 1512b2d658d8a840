#include "ledger/LedgerSql.h"

#include "storage/CaseBodyColumns.h"
#include "storage/Database.h"
#include "workflow/EventKind.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace exitdesk {

namespace {

unsigned unit(QChar c)
{
    return c.unicode();
}

unsigned unit(char c)
{
    return static_cast<unsigned char>(c);
}

template <typename View>
int number(View s, int from, int length, bool *ok)
{
    int n = 0;
    for (int i = from; i < from + length; ++i) {
        const unsigned ch = unit(s.at(i));
        if (ch < '0' || ch > '9') {
            *ok = false;
            return 0;
        }
        n = n * 10 + int(ch - '0');
    }
    return n;
}

template <typename View>
QDate isoDateOf(View s)
{
    if (s.size() < 10 || unit(s.at(4)) != '-' || unit(s.at(7)) != '-')
        return QDate();
    bool ok = true;
    const QDate d(number(s, 0, 4, &ok), number(s, 5, 2, &ok), number(s, 8, 2, &ok));
    return ok ? d : QDate();
}

template <typename View>
QDateTime isoDateTimeOf(View s)
{
    const QDate d = isoDateOf(s);
    if (!d.isValid() || s.size() < 16 || unit(s.at(10)) != 'T')
        return QDateTime();
    bool ok = true;
    const int h = number(s, 11, 2, &ok);
    const int m = number(s, 14, 2, &ok);
    const int sec = s.size() >= 19 ? number(s, 17, 2, &ok) : 0;
    if (!ok)
        return QDateTime();
    // Wall-clock values as stored, marked UTC only so that Qt does not ask the C library for
    // the local offset (mktime, which stats /etc/localtime) for each of millions of events;
    // the workflow reads only their date() and time().
    return QDateTime(d, QTime(h, m, sec), Qt::UTC);
}

bool kindOf(const QString &key, EventKind *kind)
{
    // Looked up for every event of every case: a hash instead of the linear search.
    static const QHash<QString, EventKind> kinds = [] {
        QHash<QString, EventKind> h;
        for (EventKind k : allEventKinds())
            h.insert(eventKindKey(k), k);
        return h;
    }();
    const auto it = kinds.constFind(key);
    if (it == kinds.constEnd())
        return false;
    *kind = it.value();
    return true;
}

} // namespace

QString LedgerSql::caseColumns(Dialect dialect, const QDate &asOf)
{
    // PostgreSQL: c.j is the body parsed once as jsonb (see LedgerPostgresStream). SQLite: the
    // body through a subquery, so that the cases themselves are read from the index that holds
    // the other columns (cases_register) and a row with its body only when it is needed.
    const bool pg = dialect == Dialect::PostgreSQL;
    CaseBodyColumns::Expressions body =
        CaseBodyColumns::expressions(dialect, pg ? QStringLiteral("c.j") : QStringLiteral("b.body"));
    if (!pg) {
        for (QString *field : {&body.passportNumber, &body.identityNumber, &body.channel, &body.children})
            *field = QStringLiteral("(SELECT %1 FROM cases b WHERE b.id = c.id)").arg(*field);
    }
    // The body is parsed only for what the cache row does not hold (cases refused at intake have
    // none) and, for the channel, only for the cases to replay.
    return QStringLiteral("c.id, c.number, c.status, c.office, c.submitted_at, c.surname, c.name, c.patronymic, "
                          "c.iin, c.birth_date, c.to_country, COALESCE(s.passport_number, %1), "
                          "COALESCE(s.identity_number, %2), CASE WHEN %5 THEN %3 END, COALESCE(s.children, %4)")
        .arg(body.passportNumber, body.identityNumber, body.channel, body.children, replayCondition(asOf));
}

QString LedgerSql::stageJoin()
{
    return QStringLiteral("LEFT JOIN case_stages s ON s.case_id = c.id");
}

QString LedgerSql::stageColumns(const QDate &asOf)
{
    return QStringLiteral("s.stage, s.finished, s.service_due, s.overdue_from, s.security_date, s.security_number, "
                          "s.decision_date, s.permit_date, s.refusal_grounds, s.executor, s.note, s.last_event_day, "
                          "CASE WHEN %1 THEN 1 ELSE 0 END")
        .arg(replayCondition(asOf));
}

QString LedgerSql::replayCondition(const QDate &asOf)
{
    // The day is a date Qt formats (digits and dashes): safe as a literal.
    const QString later = asOf.isValid()
                              ? QStringLiteral(" OR s.last_event_day > '%1'").arg(asOf.toString(Qt::ISODate))
                              : QString();
    return QStringLiteral("(c.status = 'accepted' AND (s.case_id IS NULL%1))").arg(later);
}

QString LedgerSql::eventColumns()
{
    return QStringLiteral("e.case_id, e.id, e.kind, e.at, e.data, e.executor");
}

void LedgerSql::readCase(const QSqlQuery &q, int f, LedgerCaseRecord *r)
{
    LedgerRow &row = r->row;
    row = LedgerRow();
    row.caseId = q.value(f).toLongLong();
    row.caseNumber = q.value(f + 1).toString();
    row.status = q.value(f + 2).toString();
    row.office = q.value(f + 3).toString();
    r->submittedAt = isoDateTime(q.value(f + 4).toString());
    row.submittedOn = r->submittedAt.date();
    row.surname = q.value(f + 5).toString();
    row.name = q.value(f + 6).toString();
    row.patronymic = q.value(f + 7).toString();
    row.iin = q.value(f + 8).toString();
    row.birthDate = isoDate(q.value(f + 9).toString());
    row.toCountry = q.value(f + 10).toString();
    row.passportNumber = q.value(f + 11).toString();
    row.identityCardNumber = q.value(f + 12).toString();
    r->channel = q.value(f + 13).toString();
    r->childrenJson = q.value(f + 14).toString();
    r->events.clear();
}

bool LedgerSql::readEvent(const QSqlQuery &q, int f, CaseEvent *e)
{
    if (!kindOf(q.value(f + 2).toString(), &e->kind))
        return false;
    e->id = q.value(f + 1).toLongLong();
    e->at = isoDateTime(q.value(f + 3).toString());
    const QString data = q.value(f + 4).toString();
    // Most events carry no data: skip the parser for them.
    e->data = data.size() <= 2 ? QJsonObject() : QJsonDocument::fromJson(data.toUtf8()).object();
    e->executor = q.value(f + 5).toString();
    e->recordedAt = QDateTime();
    return true;
}

QDate LedgerSql::isoDate(QStringView s)
{
    return isoDateOf(s);
}

QDateTime LedgerSql::isoDateTime(QStringView s)
{
    return isoDateTimeOf(s);
}

QDate LedgerSql::isoDate(QByteArrayView s)
{
    return isoDateOf(s);
}

QDateTime LedgerSql::isoDateTime(QByteArrayView s)
{
    return isoDateTimeOf(s);
}

bool LedgerSql::eventKind(QByteArrayView key, EventKind *kind)
{
    static const QHash<QByteArray, EventKind> kinds = [] {
        QHash<QByteArray, EventKind> h;
        for (EventKind k : allEventKinds())
            h.insert(eventKindKey(k).toUtf8(), k);
        return h;
    }();
    const auto it = kinds.constFind(QByteArray::fromRawData(key.data(), key.size()));
    if (it == kinds.constEnd())
        return false;
    *kind = it.value();
    return true;
}

} // namespace exitdesk
