#include "CaseFormLoader.h"

#include "FormSettingsStore.h"

#include "Clock.h"
#include "calendar/CalendarStore.h"
#include "workflow/WorkflowFactory.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "validation/DocumentChecklist.h"
#include "workflow/ServiceTerm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace exitdesk::forms {

namespace {

// The repository wants a clock for writing; loading never reads it.
class NoClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime(); }
};

RefusalGround groundFrom(const QJsonValue &v)
{
    RefusalGround g;
    if (v.isDouble()) {
        g.number = v.toInt();
    } else if (v.isString()) {
        g.number = v.toString().toInt();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        g.number = o.value(QStringLiteral("number")).toVariant().toInt();
        const QString until = o.value(QStringLiteral("until")).toString();
        g.untilKk = o.value(QStringLiteral("untilKk")).toString(until);
        g.untilRu = o.value(QStringLiteral("untilRu")).toString(until);
    }
    return g;
}

} // namespace

bool CaseFormLoader::loadCase(const QString &key, Case *c, QString *error) const
{
    NoClock clock;
    CaseRepository repository(m_db, clock);
    StorageError e;
    if (!key.startsWith(QLatin1Char('#'))) {
        if (std::optional<Case> found = repository.loadByNumber(key, &e)) {
            *c = *found;
            return true;
        }
    }
    bool numeric = false;
    const qint64 id = (key.startsWith(QLatin1Char('#')) ? key.mid(1) : key).toLongLong(&numeric);
    if (numeric) {
        if (std::optional<Case> found = repository.loadById(id, &e)) {
            *c = *found;
            return true;
        }
    }
    if (error)
        error->clear();
    return false;
}

QList<RefusalGround> CaseFormLoader::grounds(qint64 caseId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, data FROM case_events WHERE case_id = ? AND kind IN "
                             "('refusal-issued', 'decision-prepared', 'hearing-held') ORDER BY at, id"));
    q.addBindValue(caseId);
    QList<RefusalGround> grounds;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return grounds;
    }
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        // A positive decision or hearing after a refusal clears it; the last word counts.
        const QString result = data.value(kind == QLatin1String("hearing-held") ? QStringLiteral("outcome")
                                                                                 : QStringLiteral("result"))
                                   .toString();
        if (result == QLatin1String("positive")) {
            grounds.clear();
            continue;
        }
        const QJsonArray array = data.value(QStringLiteral("grounds")).toArray();
        if (array.isEmpty())
            continue;
        grounds.clear();
        for (const QJsonValue &v : array) {
            const RefusalGround g = groundFrom(v);
            if (g.number >= 1 && g.number <= 9)
                grounds << g;
        }
    }
    return grounds;
}

QString CaseFormLoader::executorOf(qint64 caseId, const QString &eventKind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT executor FROM case_events WHERE case_id = ? AND kind = ? ORDER BY at DESC, id DESC"));
    q.addBindValue(caseId);
    q.addBindValue(eventKind);
    return q.exec() && q.next() ? q.value(0).toString().trimmed() : QString();
}

bool CaseFormLoader::load(FormKind kind, const Case &c, FormLanguage lang, const QDate &issueDate, FormData *data,
                          QString *error) const
{
    FormData d;
    d.caseData = c;
    d.language = lang;
    d.issueDate = issueDate;
    FormSettingsStore settings(m_db);
    if (!settings.load(&d.office, error))
        return false;
    QString e;
    if (c.id > 0)
        d.grounds = grounds(c.id, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    if (kind == FormKind::Receipt && c.submittedAt.isValid()) {
        CalendarStore store(m_db);
        std::shared_ptr<const WorkingCalendar> calendar = store.loadWorkingCalendar(&e);
        if (!calendar) {
            if (error)
                *error = e;
            return false;
        }
        const WorkflowSettings ws = WorkflowFactory::settings(m_db);
        d.dueDate = ServiceTerm::compute(*calendar, ws, c.submittedAt, c.channel).dueDate();
    }
    // The decision and the refusal notice name the people who made them: the executor who
    // prepared it and the head who recorded (signed) it, unless the office settings name them.
    const bool result = kind == FormKind::Decision || kind == FormKind::DecisionElectronic ||
                        kind == FormKind::Refusal || kind == FormKind::RefusalElectronic;
    if (result && c.id > 0) {
        if (d.office.executorName.isEmpty())
            d.office.executorName = executorOf(c.id, QStringLiteral("decision-prepared"));
        if (d.office.headName.isEmpty())
            d.office.headName = executorOf(c.id, QStringLiteral("decision-recorded"));
    }
    if (kind == FormKind::RefusalToAccept) {
        const QDate day = c.submittedAt.isValid() ? c.submissionDay() : issueDate;
        d.missingDocuments = FormData::missingFrom(DocumentChecklist::missingOrExpired(c, day));
    }
    *data = d;
    return true;
}

} // namespace exitdesk::forms
