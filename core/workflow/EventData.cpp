#include "workflow/EventData.h"

#include "workflow/ApprovalBody.h"

#include <QJsonArray>

#include <algorithm>

namespace exitdesk {

namespace {

LocalizedText keyError(const QString &key, const LocalizedText &what)
{
    return LocalizedText{QStringLiteral("data.%1"), QStringLiteral("data.%1"), QStringLiteral("data.%1")}.arg(key)
        + LocalizedText{QStringLiteral(": "), QStringLiteral(": "), QStringLiteral(": ")} + what;
}

LocalizedText oneOf(const QString &values)
{
    return LocalizedText{QStringLiteral("мынаның бірі болуы керек: %1"), QStringLiteral("должно быть одним из: %1"),
                         QStringLiteral("must be one of: %1")}
        .arg(values);
}

std::optional<LocalizedText> checkBody(const QJsonValue &v, const QString &key)
{
    ApprovalBody body;
    if (!v.isString() || !approvalBodyFromKey(v.toString(), &body))
        return keyError(key, oneOf(QStringLiteral("knb, kpsisu, moj, kgd, mod")));
    return std::nullopt;
}

std::optional<LocalizedText> checkChoice(const QJsonObject &d, const QString &key, const QStringList &values,
                                         bool required)
{
    if (!d.contains(key)) {
        if (required)
            return keyError(key, {QStringLiteral("міндетті"), QStringLiteral("обязательно"), QStringLiteral("required")});
        return std::nullopt;
    }
    if (!values.contains(d.value(key).toString()))
        return keyError(key, oneOf(values.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<LocalizedText> checkType(const QJsonObject &d, const QString &key, QJsonValue::Type type)
{
    if (!d.contains(key) || d.value(key).type() == type)
        return std::nullopt;
    switch (type) {
    case QJsonValue::Bool:
        return keyError(key, {QStringLiteral("true немесе false болуы керек"), QStringLiteral("должно быть true или false"),
                              QStringLiteral("must be true or false")});
    case QJsonValue::Array:
        return keyError(key, {QStringLiteral("массив болуы керек"), QStringLiteral("должно быть массивом"),
                              QStringLiteral("must be an array")});
    case QJsonValue::Double:
        return keyError(key, {QStringLiteral("сан болуы керек"), QStringLiteral("должно быть числом"),
                              QStringLiteral("must be a number")});
    default:
        return keyError(key, {QStringLiteral("мәтін болуы керек"), QStringLiteral("должно быть строкой"),
                              QStringLiteral("must be a string")});
    }
}

} // namespace

QStringList EventData::allowedKeys(EventKind kind)
{
    QStringList keys{QStringLiteral("note")};
    switch (kind) {
    case EventKind::CompletenessChecked:
        keys << QStringLiteral("complete");
        break;
    case EventKind::RequestsSent:
        keys << QStringLiteral("body") << QStringLiteral("bodies");
        break;
    case EventKind::AnswerReceived:
        keys << QStringLiteral("body") << QStringLiteral("result") << QStringLiteral("date") << QStringLiteral("number");
        break;
    case EventKind::DecisionPrepared:
        keys << QStringLiteral("result") << QStringLiteral("grounds");
        break;
    case EventKind::HearingNoticeSent:
        keys << QStringLiteral("hearingAt");
        break;
    case EventKind::HearingHeld:
        keys << QStringLiteral("outcome") << QStringLiteral("attended");
        break;
    case EventKind::RefusalIssued:
        keys << QStringLiteral("grounds");
        break;
    case EventKind::MilitaryAnswer:
        keys << QStringLiteral("removed");
        break;
    case EventKind::ComplaintReceived:
        keys << QStringLiteral("to") << QStringLiteral("number");
        break;
    case EventKind::ComplaintForwarded:
    case EventKind::ComplaintSatisfied:
        keys << QStringLiteral("complaint");
        break;
    case EventKind::ComplaintAnswered:
        keys << QStringLiteral("complaint") << QStringLiteral("result");
        break;
    default:
        break;
    }
    return keys;
}

std::optional<LocalizedText> EventData::check(const CaseEvent &event)
{
    const QJsonObject &d = event.data;
    // Checked for every event of every case the register replays: the key lists are built
    // once, and not at all for the many events without data.
    static const QList<QStringList> keyLists = [] {
        QList<QStringList> lists;
        for (EventKind k : allEventKinds()) {
            lists.resize(std::max(lists.size(), qsizetype(k) + 1));
            lists[qsizetype(k)] = allowedKeys(k);
        }
        return lists;
    }();
    const qsizetype index = qsizetype(event.kind);
    const QStringList allowed = d.isEmpty() ? QStringList()
        : index >= 0 && index < keyLists.size() ? keyLists.at(index) : allowedKeys(event.kind);
    for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return keyError(it.key(), LocalizedText{QStringLiteral("«%1» оқиғасы үшін белгісіз кілт (рұқсат: %2)"),
                                                    QStringLiteral("неизвестный ключ для события «%1» (допустимы: %2)"),
                                                    QStringLiteral("unknown key for the event \"%1\" (allowed: %2)")}
                                          .arg(eventKindKey(event.kind))
                                          .arg(allowed.join(QStringLiteral(", "))));
    }
    std::optional<LocalizedText> e;
    if ((e = checkType(d, QStringLiteral("note"), QJsonValue::String)))
        return e;
    switch (event.kind) {
    case EventKind::CompletenessChecked:
        return checkType(d, QStringLiteral("complete"), QJsonValue::Bool);
    case EventKind::RequestsSent:
        if (d.contains(QStringLiteral("body")))
            return checkBody(d.value(QStringLiteral("body")), QStringLiteral("body"));
        if (d.contains(QStringLiteral("bodies"))) {
            if ((e = checkType(d, QStringLiteral("bodies"), QJsonValue::Array)))
                return e;
            const QJsonArray bodies = d.value(QStringLiteral("bodies")).toArray();
            for (int i = 0; i < bodies.size(); ++i) {
                if ((e = checkBody(bodies.at(i), QStringLiteral("bodies[%1]").arg(i))))
                    return e;
            }
        }
        return std::nullopt;
    case EventKind::AnswerReceived:
        if (!d.contains(QStringLiteral("body")))
            return keyError(QStringLiteral("body"),
                            {QStringLiteral("міндетті"), QStringLiteral("обязательно"), QStringLiteral("required")});
        if ((e = checkBody(d.value(QStringLiteral("body")), QStringLiteral("body"))))
            return e;
        if ((e = checkChoice(d, QStringLiteral("result"), {QStringLiteral("positive"), QStringLiteral("negative")}, true)))
            return e;
        if (d.contains(QStringLiteral("date"))) {
            const QString s = d.value(QStringLiteral("date")).toString();
            if (s.size() != 10 || !QDate::fromString(s, Qt::ISODate).isValid())
                return keyError(QStringLiteral("date"), {QStringLiteral("ЖЖЖЖ-АА-КК түріндегі күн болуы керек"),
                                                         QStringLiteral("должно быть датой ГГГГ-ММ-ДД"),
                                                         QStringLiteral("must be a date YYYY-MM-DD")});
        }
        return checkType(d, QStringLiteral("number"), QJsonValue::String);
    case EventKind::DecisionPrepared:
        if ((e = checkChoice(d, QStringLiteral("result"), {QStringLiteral("positive"), QStringLiteral("refusal")}, false)))
            return e;
        return checkType(d, QStringLiteral("grounds"), QJsonValue::Array);
    case EventKind::RefusalIssued:
        return checkType(d, QStringLiteral("grounds"), QJsonValue::Array);
    case EventKind::HearingNoticeSent:
        if (d.contains(QStringLiteral("hearingAt"))
            && !QDateTime::fromString(d.value(QStringLiteral("hearingAt")).toString(), Qt::ISODate).isValid())
            return keyError(QStringLiteral("hearingAt"), {QStringLiteral("ЖЖЖЖ-АА-ККTСС:ММ түріндегі уақыт болуы керек"),
                                                          QStringLiteral("должно быть временем ГГГГ-ММ-ДДTЧЧ:ММ"),
                                                          QStringLiteral("must be a time YYYY-MM-DDTHH:MM")});
        return std::nullopt;
    case EventKind::HearingHeld:
        if ((e = checkChoice(d, QStringLiteral("outcome"), {QStringLiteral("refusal"), QStringLiteral("positive")}, false)))
            return e;
        return checkType(d, QStringLiteral("attended"), QJsonValue::Bool);
    case EventKind::MilitaryAnswer:
        return checkType(d, QStringLiteral("removed"), QJsonValue::Bool);
    case EventKind::ComplaintReceived:
        if ((e = checkChoice(d, QStringLiteral("to"),
                             {QStringLiteral("reviewing-body"), QStringLiteral("provider"), QStringLiteral("quality-body")},
                             false)))
            return e;
        return checkType(d, QStringLiteral("number"), QJsonValue::String);
    case EventKind::ComplaintAnswered:
        if ((e = checkChoice(d, QStringLiteral("result"), {QStringLiteral("satisfied"), QStringLiteral("rejected")}, false)))
            return e;
        return checkType(d, QStringLiteral("complaint"), QJsonValue::Double);
    case EventKind::ComplaintForwarded:
    case EventKind::ComplaintSatisfied:
        return checkType(d, QStringLiteral("complaint"), QJsonValue::Double);
    default:
        return std::nullopt;
    }
}

} // namespace exitdesk
