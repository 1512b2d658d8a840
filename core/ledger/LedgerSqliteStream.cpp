#include "ledger/LedgerSqliteStream.h"

#include "ledger/LedgerSql.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace exitdesk {

namespace {

// A text column as bytes (no copy; valid until the statement steps on).
QByteArray bytes(sqlite3_stmt *s, int column)
{
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(s, column)) : QByteArray();
}

QString text(sqlite3_stmt *s, int column)
{
    const char *t = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(s, column)) : QString();
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

LedgerSqliteStream::LedgerSqliteStream(QSqlDatabase connection, LedgerFilter filter, const QDate &asOf,
                                       bool readAhead)
    : m_connection(std::move(connection)), m_filter(std::move(filter)), m_asOf(asOf), m_readAhead(readAhead)
{
}

LedgerSqliteStream::~LedgerSqliteStream()
{
    stopReadAhead();
    finalize();
}

void LedgerSqliteStream::stopReadAhead()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_reader.joinable())
        m_reader.join();
    m_batches.clear();
    m_current = Batch();
    m_currentIndex = 0;
    m_stop = false;
}

void LedgerSqliteStream::readAhead()
{
    while (true) {
        Batch batch;
        batch.records.reserve(BatchSize);
        while (batch.records.size() < BatchSize) {
            LedgerCaseRecord record;
            if (!read(&record, &batch.error)) {
                batch.last = true;
                break;
            }
            batch.records << std::move(record);
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || int(m_batches.size()) < MaxBatches; });
        if (m_stop)
            return;
        const bool last = batch.last;
        m_batches.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
        if (last)
            return;
    }
}

void LedgerSqliteStream::finalize()
{
    sqlite3_finalize(m_cases); // a no-op on null
    m_cases = nullptr;
}

bool LedgerSqliteStream::prepare(sqlite3_stmt **statement, const QString &sql, const QVariantList &binds,
                                 QString *error)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), statement, nullptr) != SQLITE_OK) {
        *error = sqliteError(m_handle);
        return false;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        int rc;
        if (v.isNull()) {
            rc = sqlite3_bind_null(*statement, i + 1);
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            rc = sqlite3_bind_int64(*statement, i + 1, v.toLongLong());
        } else {
            const QByteArray value = v.toString().toUtf8();
            rc = sqlite3_bind_text(*statement, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK) {
            *error = sqliteError(m_handle);
            return false;
        }
    }
    return true;
}

bool LedgerSqliteStream::step(sqlite3_stmt *statement, QString *error)
{
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        *error = sqliteError(m_handle);
    return false;
}

bool LedgerSqliteStream::start(QString *error)
{
    stopReadAhead();
    finalize();
    // The connection QSqlDatabase opened, used from its own thread as Qt's driver would.
    const QVariant handle = m_connection.driver() ? m_connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0
        || !(m_handle = *static_cast<sqlite3 *const *>(handle.constData()))) {
        *error = QStringLiteral("the register needs an open SQLite connection");
        return false;
    }
    QVariantList binds;
    const QString where = m_filter.sqlCondition(&binds);
    // One statement: the cases in id order with their cache row, and, for the cases to replay
    // only, one row per event. The joins fix SQLite's order (cases by id, then the cache row and
    // the events looked up by index), so nothing is sorted; the events of a case come in the
    // index's order, which the replay sorts anyway. A cached case is one row, its event columns
    // NULL (the CASE spares SQLite looking its events up at all).
    if (!prepare(&m_cases,
                 QStringLiteral("SELECT %1, %2, %3 FROM cases c %4 LEFT JOIN case_events e ON e.case_id = "
                                "CASE WHEN %5 THEN c.id END WHERE %6 ORDER BY c.id")
                     .arg(LedgerSql::caseColumns(Dialect::SQLite, m_asOf), LedgerSql::stageColumns(m_asOf),
                          LedgerSql::eventColumns(), LedgerSql::stageJoin(), LedgerSql::replayCondition(m_asOf),
                          where),
                 binds, error))
        return false;
    m_pending = false;
    m_done = false;
    if (m_readAhead)
        m_reader = std::thread([this] { readAhead(); });
    return true;
}

void LedgerSqliteStream::readCase(LedgerCaseRecord *r)
{
    // The columns of LedgerSql::caseColumns, as LedgerSql::readCase reads them.
    sqlite3_stmt *q = m_cases;
    LedgerRow &row = r->row;
    row = LedgerRow();
    row.caseId = sqlite3_column_int64(q, 0);
    row.caseNumber = text(q, 1);
    row.status = text(q, 2);
    row.office = text(q, 3);
    r->submittedAt = LedgerSql::isoDateTime(bytes(q, 4));
    row.submittedOn = r->submittedAt.date();
    row.surname = text(q, 5);
    row.name = text(q, 6);
    row.patronymic = text(q, 7);
    row.iin = text(q, 8);
    row.birthDate = LedgerSql::isoDate(bytes(q, 9));
    row.toCountry = text(q, 10);
    row.passportNumber = text(q, 11);
    row.identityCardNumber = text(q, 12);
    r->channel = text(q, 13);
    r->childrenJson = text(q, 14);
    r->events.clear();
    const int stage = LedgerSql::CaseColumnCount;
    LedgerSql::readStage([q, stage](int i) { return text(q, stage + i); }, r);
}

bool LedgerSqliteStream::readEvent(CaseEvent *e)
{
    // The columns of LedgerSql::eventColumns, as LedgerSql::readEvent reads them.
    sqlite3_stmt *q = m_cases;
    const int f = LedgerSql::CaseColumnCount + LedgerSql::StageColumnCount;
    if (!LedgerSql::eventKind(bytes(q, f + 2), &e->kind))
        return false;
    e->id = sqlite3_column_int64(q, f + 1);
    e->at = LedgerSql::isoDateTime(bytes(q, f + 3));
    const QByteArray data = bytes(q, f + 4);
    // Most events carry no data: skip the parser for them. A copy for the parser, since the
    // column's bytes go with the next step.
    e->data = data.size() <= 2 ? QJsonObject()
                               : QJsonDocument::fromJson(QByteArray(data.constData(), data.size())).object();
    const QByteArray executor = bytes(q, f + 5);
    if (executor != m_lastExecutor || executor.isNull() != m_lastExecutor.isNull()) {
        m_lastExecutor = QByteArray(executor.constData(), executor.size());
        m_lastExecutorText = executor.isNull() ? QString() : QString::fromUtf8(executor);
    }
    e->executor = m_lastExecutorText;
    e->recordedAt = QDateTime();
    return true;
}

bool LedgerSqliteStream::next(LedgerCaseRecord *record, QString *error)
{
    if (!m_reader.joinable())
        return read(record, error);
    while (m_currentIndex >= m_current.records.size()) {
        if (m_current.last) {
            if (!m_current.error.isEmpty())
                *error = m_current.error;
            return false;
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty(); });
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_currentIndex = 0;
        lock.unlock();
        m_changed.notify_all(); // room for the reader
    }
    *record = std::move(m_current.records[m_currentIndex++]);
    return true;
}

bool LedgerSqliteStream::read(LedgerCaseRecord *record, QString *error)
{
    if (!m_cases || m_done)
        return false;
    if (!m_pending && !step(m_cases, error)) {
        m_done = true;
        return false;
    }
    readCase(record);
    const int eventId = LedgerSql::CaseColumnCount + LedgerSql::StageColumnCount + 1;
    while (true) {
        CaseEvent e;
        if (sqlite3_column_type(m_cases, eventId) != SQLITE_NULL && readEvent(&e))
            record->events << e;
        QString stepError;
        if (!step(m_cases, &stepError)) {
            m_done = true;
            m_pending = false;
            if (!stepError.isEmpty()) {
                *error = stepError;
                return false;
            }
            return true;
        }
        if (sqlite3_column_int64(m_cases, 0) != record->row.caseId) {
            m_pending = true; // on the next case's first row
            return true;
        }
    }
}

} // namespace exitdesk
