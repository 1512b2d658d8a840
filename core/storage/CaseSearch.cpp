#include "storage/CaseSearch.h"

#include "interchange/JsonReader.h"
#include "storage/CaseRowReader.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <limits>

namespace exitdesk {

namespace {

struct Where
{
    QString sql; // "" or " WHERE ..."
    QVariantList binds;
};

QString escapeLike(const QString &word)
{
    QString s = word;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

Where whereClause(const CaseFilter &f)
{
    QStringList conditions;
    Where w;
    if (f.status) {
        conditions << QStringLiteral("status = ?");
        w.binds << caseStatusKey(*f.status);
    }
    if (!f.number.isEmpty()) {
        conditions << QStringLiteral("number = ?");
        w.binds << f.number;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = f.search.toLower().split(spaces, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        w.binds << QStringLiteral("%") + escapeLike(word) + QStringLiteral("%");
    }
    // submitted_at is ISO text, so text comparison is date order.
    if (f.submittedFrom.isValid()) {
        conditions << QStringLiteral("submitted_at >= ?");
        w.binds << JsonReader::formatDate(f.submittedFrom);
    }
    if (f.submittedTo.isValid()) {
        conditions << QStringLiteral("submitted_at < ?");
        w.binds << JsonReader::formatDate(f.submittedTo.addDays(1));
    }
    // Correlated, so a page ordered by id stops as soon as it is full.
    if (!f.stage.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM case_stages s WHERE s.case_id = cases.id AND s.stage = ?)");
        w.binds << f.stage;
    }
    if (f.stageDueBefore.isValid()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM case_stages s WHERE s.case_id = cases.id AND s.stage_due < ?)");
        w.binds << JsonReader::formatDate(f.stageDueBefore);
    }
    if (!conditions.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return w;
}

QString orderClause(CaseOrder order)
{
    switch (order) {
    case CaseOrder::Id:
        return QStringLiteral(" ORDER BY id");
    case CaseOrder::IdDescending:
        return QStringLiteral(" ORDER BY id DESC");
    case CaseOrder::Number:
        // Drafts and refusals (no number) after the numbered cases.
        return QStringLiteral(" ORDER BY CASE WHEN number IS NULL THEN 1 ELSE 0 END, number, id");
    case CaseOrder::SubmittedAt:
        return QStringLiteral(" ORDER BY submitted_at, id");
    }
    return QString();
}

QString pageClause(const CaseFilter &f)
{
    QString s;
    if (f.limit >= 0)
        s += QStringLiteral(" LIMIT %1").arg(f.limit);
    else if (f.offset > 0)
        s += QStringLiteral(" LIMIT %1").arg(std::numeric_limits<int>::max());
    if (f.offset > 0)
        s += QStringLiteral(" OFFSET %1").arg(f.offset);
    return s;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, StorageError *error)
{
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = StorageError::database(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace

QString CaseSummary::fullName() const
{
    QStringList parts{surname, name, patronymic};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QList<CaseSummary> CaseSearch::list(const CaseFilter &filter, StorageError *error) const
{
    const Where w = whereClause(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT id, number, status, version, office, submitted_at, surname, name, "
                       "patronymic, iin, birth_date, to_country FROM cases") +
        w.sql + orderClause(filter.order) + pageClause(filter);
    QList<CaseSummary> result;
    if (!run(q, sql, w.binds, error))
        return result;
    while (q.next()) {
        CaseSummary s;
        s.id = q.value(0).toLongLong();
        s.number = q.value(1).toString();
        caseStatusFromKey(q.value(2).toString(), &s.status);
        s.version = q.value(3).toInt();
        s.office = q.value(4).toString();
        JsonReader::parseDateTime(q.value(5).toString(), &s.submittedAt);
        s.surname = q.value(6).toString();
        s.name = q.value(7).toString();
        s.patronymic = q.value(8).toString();
        s.iin = q.value(9).toString();
        JsonReader::parseDate(q.value(10).toString(), &s.birthDate);
        s.toCountry = q.value(11).toString();
        result << s;
    }
    return result;
}

int CaseSearch::count(const CaseFilter &filter, StorageError *error) const
{
    const Where w = whereClause(filter);
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM cases") + w.sql, w.binds, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool CaseSearch::forEach(const CaseFilter &filter, const std::function<bool(const Case &)> &visit,
                         StorageError *error) const
{
    const Where w = whereClause(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM cases").arg(CaseRowReader::columns()) + w.sql +
                        orderClause(filter.order) + pageClause(filter);
    if (!run(q, sql, w.binds, error))
        return false;
    while (q.next()) {
        const std::optional<Case> c = CaseRowReader::read(q, error);
        if (!c)
            return false;
        if (!visit(*c))
            break;
    }
    return true;
}

} // namespace exitdesk
