#include "demo/DemoBatchWriter.h"

#include "interchange/CaseJson.h"
#include "interchange/JsonReader.h"
#include "storage/CaseNumbering.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace exitdesk {

namespace {

// Rows per INSERT: well under SQLite's 32 766 and PostgreSQL's 65 535 bound parameters.
constexpr int kRowsPerStatement = 200;

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

bool failed(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

const QStringList &caseColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),          QStringLiteral("number"),     QStringLiteral("status"),
        QStringLiteral("version"),     QStringLiteral("office"),     QStringLiteral("submitted_at"),
        QStringLiteral("surname"),     QStringLiteral("name"),       QStringLiteral("patronymic"),
        QStringLiteral("iin"),         QStringLiteral("birth_date"), QStringLiteral("to_country"),
        QStringLiteral("search_text"), QStringLiteral("body"),       QStringLiteral("created_at"),
        QStringLiteral("updated_at")};
    return columns;
}

const QStringList &eventColumns()
{
    static const QStringList columns = {QStringLiteral("case_id"),  QStringLiteral("kind"),
                                        QStringLiteral("at"),       QStringLiteral("data"),
                                        QStringLiteral("executor"), QStringLiteral("recorded_at")};
    return columns;
}

} // namespace

DemoBatchWriter::DemoBatchWriter(Database &db) : m_db(db) {}

DemoBatchWriter::~DemoBatchWriter() = default;

QSqlQuery *DemoBatchWriter::statement(const QString &table, const QStringList &columns, int rows,
                                      QString *error)
{
    const QString key = table + QLatin1Char('/') + QString::number(rows);
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return it->get();
    QString row = QStringLiteral("(");
    for (int i = 0; i < columns.size(); ++i)
        row += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList rowList;
    for (int i = 0; i < rows; ++i)
        rowList << row;
    auto q = std::make_shared<QSqlQuery>(m_db.connection());
    if (!q->prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(QStringLiteral(", ")), rowList.join(QStringLiteral(", "))))) {
        failed(*q, error);
        return nullptr;
    }
    m_statements.insert(key, q);
    return q.get();
}

bool DemoBatchWriter::reserveIds(int count, QList<qint64> *ids, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (m_db.isPostgres()) {
        // nextval is safe against concurrent writers; the ids come back in no particular order.
        q.prepare(QStringLiteral(
            "SELECT nextval(pg_get_serial_sequence('cases', 'id')) FROM generate_series(1, ?)"));
        q.addBindValue(count);
        if (!q.exec())
            return failed(q, error);
        while (q.next())
            *ids << q.value(0).toLongLong();
        std::sort(ids->begin(), ids->end());
    } else {
        // Inside BEGIN IMMEDIATE nobody else writes; AUTOINCREMENT follows explicit ids.
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM cases")) || !q.next())
            return failed(q, error);
        const qint64 first = q.value(0).toLongLong() + 1;
        for (int i = 0; i < count; ++i)
            *ids << first + i;
    }
    if (ids->size() != count) {
        *error = QStringLiteral("could not reserve %1 case ids").arg(count);
        return false;
    }
    return true;
}

bool DemoBatchWriter::assignNumbers(QList<DemoCase> &batch, QString *error)
{
    for (DemoCase &d : batch) {
        if (d.c.status != CaseStatus::Accepted)
            continue;
        const int year = d.c.submittedAt.date().year();
        auto it = m_counters.find(year);
        if (it == m_counters.end()) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
            q.addBindValue(CaseNumbering::counterName(year));
            if (!q.exec())
                return failed(q, error);
            it = m_counters.insert(year, q.next() ? q.value(0).toLongLong() : 0);
        }
        d.c.number = CaseNumbering::format(year, ++it.value());
    }
    return true;
}

bool DemoBatchWriter::saveCounters(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        q.bindValue(0, CaseNumbering::counterName(it.key()));
        q.bindValue(1, it.value());
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

bool DemoBatchWriter::insertCases(const QList<DemoCase> &batch, QString *error)
{
    const int width = int(caseColumns().size());
    for (int start = 0; start < batch.size(); start += kRowsPerStatement) {
        const int rows = std::min(kRowsPerStatement, int(batch.size()) - start);
        QSqlQuery *q = statement(QStringLiteral("cases"), caseColumns(), rows, error);
        if (!q)
            return false;
        for (int r = 0; r < rows; ++r) {
            const DemoCase &d = batch.at(start + r);
            const Case &c = d.c;
            const QString created = JsonReader::formatDateTime(c.submittedAt);
            const QString updated =
                d.events.isEmpty() ? created : JsonReader::formatDateTime(d.events.last().at);
            const int b = r * width;
            q->bindValue(b + 0, c.id);
            q->bindValue(b + 1, textOrNull(c.number));
            q->bindValue(b + 2, caseStatusKey(c.status));
            q->bindValue(b + 3, 1);
            q->bindValue(b + 4, c.office);
            q->bindValue(b + 5, textOrNull(c.submittedAt.isValid() ? JsonReader::formatDateTime(c.submittedAt)
                                                                   : QString()));
            q->bindValue(b + 6, c.applicant.surname);
            q->bindValue(b + 7, c.applicant.name);
            q->bindValue(b + 8, c.applicant.patronymic);
            q->bindValue(b + 9, c.applicant.iin);
            q->bindValue(b + 10, textOrNull(c.applicant.birthDate.isValid()
                                                ? JsonReader::formatDate(c.applicant.birthDate)
                                                : QString()));
            q->bindValue(b + 11, c.to.country);
            q->bindValue(b + 12, CaseRepository::searchText(c));
            q->bindValue(b + 13, QString::fromUtf8(CaseJson::toBytes(c, QJsonDocument::Compact)));
            q->bindValue(b + 14, created);
            q->bindValue(b + 15, updated);
        }
        if (!q->exec())
            return failed(*q, error);
    }
    return true;
}

bool DemoBatchWriter::insertEvents(const QList<DemoCase> &batch, QString *error)
{
    struct Ref
    {
        qint64 caseId;
        const CaseEvent *event;
    };
    QList<Ref> all;
    for (const DemoCase &d : batch) {
        for (const CaseEvent &e : d.events)
            all << Ref{d.c.id, &e};
    }
    const int width = int(eventColumns().size());
    for (int start = 0; start < all.size(); start += kRowsPerStatement) {
        const int rows = std::min(kRowsPerStatement, int(all.size()) - start);
        QSqlQuery *q = statement(QStringLiteral("case_events"), eventColumns(), rows, error);
        if (!q)
            return false;
        for (int r = 0; r < rows; ++r) {
            const Ref &ref = all.at(start + r);
            const int b = r * width;
            q->bindValue(b + 0, ref.caseId);
            q->bindValue(b + 1, eventKindKey(ref.event->kind));
            q->bindValue(b + 2, JsonReader::formatDateTime(ref.event->at));
            q->bindValue(b + 3,
                         QString::fromUtf8(QJsonDocument(ref.event->data).toJson(QJsonDocument::Compact)));
            q->bindValue(b + 4, ref.event->executor);
            q->bindValue(b + 5, JsonReader::formatDateTime(ref.event->recordedAt));
        }
        if (!q->exec())
            return failed(*q, error);
    }
    return true;
}

bool DemoBatchWriter::write(QList<DemoCase> &batch, QString *error, const Extra &extra)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const QHash<int, qint64> countersBefore = m_counters;
    QList<qint64> ids;
    bool ok = reserveIds(int(batch.size()), &ids, error) && assignNumbers(batch, error);
    if (ok) {
        for (int i = 0; i < batch.size(); ++i)
            batch[i].c.id = ids.at(i);
        ok = insertCases(batch, error) && insertEvents(batch, error) && saveCounters(error) &&
             (!extra || extra(error));
    }
    if (ok && !tx.commit()) {
        *error = tx.error();
        ok = false;
    }
    if (!ok)
        m_counters = countersBefore; // rolled back with the transaction
    return ok;
}

} // namespace exitdesk
