#include "casecard/EventSummary.h"

#include "workflow/ApprovalBody.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exitdesk::ui {

namespace {

QString shortDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

QString bodyName(const QJsonValue &key, const QString &lang)
{
    ApprovalBody body;
    return approvalBodyFromKey(key.toString(), &body) ? approvalBodyName(body).in(lang) : key.toString();
}

} // namespace

QString EventSummary::groundNumbers(const QJsonArray &grounds)
{
    QStringList numbers;
    for (const QJsonValue &v : grounds) {
        const QJsonValue n = v.isObject() ? v.toObject().value(QStringLiteral("number")) : v;
        numbers << (n.isDouble() ? QString::number(n.toInt()) : n.toString());
    }
    return numbers.join(QStringLiteral(", "));
}

QString EventSummary::complaintAddressee(const QString &key)
{
    if (key == QLatin1String("provider"))
        return tr("to the service provider");
    if (key == QLatin1String("quality-body"))
        return tr("to the body assessing the quality of public services");
    return tr("to the reviewing body");
}

QString EventSummary::describe(const CaseEvent &e, const QString &lang)
{
    const QJsonObject &d = e.data;
    QStringList parts;
    switch (e.kind) {
    case EventKind::CompletenessChecked:
        parts << (d.value(QStringLiteral("complete")).toBool(true) ? tr("package complete") : tr("package incomplete"));
        break;
    case EventKind::RequestsSent: {
        QStringList bodies;
        if (d.contains(QStringLiteral("body")))
            bodies << bodyName(d.value(QStringLiteral("body")), lang);
        for (const QJsonValue &v : d.value(QStringLiteral("bodies")).toArray())
            bodies << bodyName(v, lang);
        parts << (bodies.isEmpty() ? tr("to every body") : bodies.join(QStringLiteral("; ")));
        break;
    }
    case EventKind::AnswerReceived: {
        QString s = bodyName(d.value(QStringLiteral("body")), lang) + QStringLiteral(": ")
            + (d.value(QStringLiteral("result")).toString() == QLatin1String("negative") ? tr("negative")
                                                                                          : tr("positive"));
        if (!d.value(QStringLiteral("number")).toString().isEmpty())
            s += QStringLiteral(", ") + tr("No. %1").arg(d.value(QStringLiteral("number")).toString());
        if (d.contains(QStringLiteral("date")))
            s += QStringLiteral(", ") + tr("of %1").arg(shortDate(d.value(QStringLiteral("date")).toString()));
        parts << s;
        break;
    }
    case EventKind::DecisionPrepared:
        if (d.value(QStringLiteral("result")).toString() == QLatin1String("refusal")
            || !d.value(QStringLiteral("grounds")).toArray().isEmpty())
            parts << tr("refusal");
        else if (d.value(QStringLiteral("result")).toString() == QLatin1String("positive"))
            parts << tr("approval");
        if (!d.value(QStringLiteral("grounds")).toArray().isEmpty())
            parts << tr("grounds: %1").arg(groundNumbers(d.value(QStringLiteral("grounds")).toArray()));
        break;
    case EventKind::RefusalIssued:
        if (!d.value(QStringLiteral("grounds")).toArray().isEmpty())
            parts << tr("grounds: %1").arg(groundNumbers(d.value(QStringLiteral("grounds")).toArray()));
        break;
    case EventKind::HearingNoticeSent:
        if (d.contains(QStringLiteral("hearingAt"))) {
            const QDateTime at = QDateTime::fromString(d.value(QStringLiteral("hearingAt")).toString(), Qt::ISODate);
            parts << tr("hearing on %1").arg(at.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        }
        break;
    case EventKind::HearingHeld:
        if (d.contains(QStringLiteral("outcome")))
            parts << (d.value(QStringLiteral("outcome")).toString() == QLatin1String("positive") ? tr("approval")
                                                                                                  : tr("refusal"));
        if (d.contains(QStringLiteral("attended")))
            parts << (d.value(QStringLiteral("attended")).toBool() ? tr("the applicant attended")
                                                                   : tr("the applicant did not attend"));
        break;
    case EventKind::MilitaryAnswer:
        if (d.contains(QStringLiteral("removed")))
            parts << (d.value(QStringLiteral("removed")).toBool() ? tr("removed from the military register")
                                                                  : tr("not removed from the military register"));
        break;
    case EventKind::ComplaintReceived:
        parts << complaintAddressee(d.value(QStringLiteral("to")).toString());
        if (!d.value(QStringLiteral("number")).toString().isEmpty())
            parts << tr("No. %1").arg(d.value(QStringLiteral("number")).toString());
        break;
    case EventKind::ComplaintAnswered:
        if (d.contains(QStringLiteral("result")))
            parts << (d.value(QStringLiteral("result")).toString() == QLatin1String("satisfied") ? tr("satisfied")
                                                                                                 : tr("rejected"));
        break;
    default:
        break;
    }
    if (d.contains(QStringLiteral("complaint")))
        parts << tr("complaint %1").arg(d.value(QStringLiteral("complaint")).toInt());
    if (!d.value(QStringLiteral("note")).toString().isEmpty())
        parts << d.value(QStringLiteral("note")).toString();
    return parts.join(QStringLiteral("; "));
}

} // namespace exitdesk::ui
