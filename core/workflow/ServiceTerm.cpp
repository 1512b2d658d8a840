#include "workflow/ServiceTerm.h"

namespace exitdesk {

ServiceTerm ServiceTerm::compute(const WorkingCalendar &calendar, const WorkflowSettings &settings,
                                 const QDateTime &submittedAt, const QString &channel, bool explain)
{
    ServiceTerm t;
    t.submittedAt = submittedAt;
    t.channel = channel.isEmpty() ? QStringLiteral("counter") : channel;
    const QDate day = submittedAt.date();
    // Closing time itself is still within hours ("until 20:00").
    t.afterHours = submittedAt.time() > settings.closesAt(t.channel);
    t.onDayOff = !calendar.isWorkingDay(day);
    t.effectiveDay = t.shifted() ? calendar.nextWorkingDay(day) : day;
    if (explain) {
        t.due = calendar.explainDue(t.effectiveDay, kWorkingDays);
    } else {
        t.due.start = t.effectiveDay;
        t.due.norm = kWorkingDays;
        t.due.due = calendar.addWorkingDays(t.effectiveDay, kWorkingDays); // explainDue's due
    }
    return t;
}

QStringList ServiceTerm::lines(const WorkingCalendar &calendar, const WorkflowSettings &settings,
                               const QString &lang) const
{
    QStringList out;
    const QString when = submittedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (onDayOff) {
        const DayInfo info = calendar.dayInfo(submittedAt.date());
        out << LocalizedText{QStringLiteral("Өтініш %1 берілді — жұмыс емес күн (%2): келесі жұмыс күні %3 қабылданған болып саналады, ол күн мерзімге кірмейді."),
                             QStringLiteral("Заявление подано %1 — нерабочий день (%2): считается принятым в следующий рабочий день %3, этот день в срок не входит."),
                             QStringLiteral("Handed in %1 — not a working day (%2): received on the next working day, %3, which is not counted.")}
                   .arg(when)
                   .arg(info.reason)
                   .arg(isoWithWeekday(effectiveDay, lang))
                   .in(lang);
    } else if (afterHours) {
        const QString closes = settings.closesAt(channel).toString(QStringLiteral("HH:mm"));
        out << LocalizedText{QStringLiteral("Өтініш %1 жұмыс уақытынан кейін берілді (%2 дейін): келесі жұмыс күні %3 қабылданған болып саналады, ол күн мерзімге кірмейді."),
                             QStringLiteral("Заявление подано %1 после окончания рабочего времени (до %2): считается принятым в следующий рабочий день %3, этот день в срок не входит."),
                             QStringLiteral("Handed in %1 after working hours (until %2): received on the next working day, %3, which is not counted.")}
                   .arg(when)
                   .arg(closes)
                   .arg(isoWithWeekday(effectiveDay, lang))
                   .in(lang);
    } else {
        out << LocalizedText{QStringLiteral("Өтініш %1 берілді; берілген күн мерзімге кірмейді."),
                             QStringLiteral("Заявление подано %1; день подачи в срок не входит."),
                             QStringLiteral("Handed in %1; the day of handing in is not counted.")}
                   .arg(when)
                   .in(lang);
    }
    out << due.lines(lang);
    return out;
}

} // namespace exitdesk
