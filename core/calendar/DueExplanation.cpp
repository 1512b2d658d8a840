#include "calendar/DueExplanation.h"

namespace exitdesk {

QString isoWithWeekday(const QDate &date, const QString &lang)
{
    static const char16_t *const kk[] = {u"дс", u"сс", u"ср", u"бс", u"жм", u"сб", u"жс"};
    static const char16_t *const ru[] = {u"пн", u"вт", u"ср", u"чт", u"пт", u"сб", u"вс"};
    static const char16_t *const en[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
    if (!date.isValid())
        return QStringLiteral("—");
    const int i = date.dayOfWeek() - 1;
    const char16_t *name = lang == QLatin1String("kk") ? kk[i] : lang == QLatin1String("ru") ? ru[i] : en[i];
    return date.toString(Qt::ISODate) + QStringLiteral(" (") + QString::fromUtf16(name) + QLatin1Char(')');
}

QStringList DueExplanation::lines(const QString &lang) const
{
    QStringList out;
    if (!due.isValid()) {
        out << LocalizedText{QStringLiteral("%1 күнінен бастап %2 жұмыс күні күнтізбе ауқымынан шығады"),
                             QStringLiteral("%2 рабочих дней от %1 выходят за пределы календаря"),
                             QStringLiteral("%2 working days from %1 leave the calendar's range")}
                   .arg(isoWithWeekday(start, lang))
                   .arg(QString::number(norm))
                   .in(lang);
        return out;
    }
    if (norm >= 0) {
        out << LocalizedText{QStringLiteral("Мерзімі: %1 күнінен кейінгі %2-ші жұмыс күні (бастапқы күн есептелмейді) — %3"),
                             QStringLiteral("Срок: %2-й рабочий день после %1 (день начала не считается) — %3"),
                             QStringLiteral("Due: working day %2 after %1 (the start day is not counted) — %3")}
                   .arg(isoWithWeekday(start, lang))
                   .arg(QString::number(norm))
                   .arg(isoWithWeekday(due, lang))
                   .in(lang);
    } else {
        out << LocalizedText{QStringLiteral("Мерзімі: %1 күнінен %2 жұмыс күні бұрын — %3"),
                             QStringLiteral("Срок: за %2 рабочих дня до %1 — %3"),
                             QStringLiteral("Due: %2 working days before %1 — %3")}
                   .arg(isoWithWeekday(start, lang))
                   .arg(QString::number(-norm))
                   .arg(isoWithWeekday(due, lang))
                   .in(lang);
    }
    if (skipped.isEmpty()) {
        out << LocalizedText{QStringLiteral("Жолда демалыс күндері жоқ."), QStringLiteral("Нерабочих дней на пути нет."),
                             QStringLiteral("No days off on the way.")}
                   .in(lang);
    } else {
        out << LocalizedText{QStringLiteral("Өткізілген жұмыс емес күндер (%1):"),
                             QStringLiteral("Пропущено нерабочих дней (%1):"),
                             QStringLiteral("Days skipped (%1):")}
                   .arg(QString::number(skipped.size()))
                   .in(lang);
        for (const DayInfo &d : skipped)
            out << QStringLiteral("  ") + isoWithWeekday(d.date, lang) + QStringLiteral(" — ") + d.reason.in(lang);
    }
    const QString w = warning(lang);
    if (!w.isEmpty())
        out << w;
    return out;
}

QString DueExplanation::warning(const QString &lang) const
{
    if (incompleteYears.isEmpty())
        return QString();
    QStringList years;
    for (int y : incompleteYears)
        years << QString::number(y);
    return LocalizedText{QStringLiteral("Ескерту: %1 жылдың күнтізбесі толық емес (Құрбан айт енгізілмеген немесе жыл расталмаған) — мерзім өзгеруі мүмкін."),
                         QStringLiteral("Внимание: календарь %1 года не полон (не внесён Курбан айт или год не подтверждён) — срок может измениться."),
                         QStringLiteral("Warning: the calendar of %1 is incomplete (no Kurban Ait or not confirmed) — the date may change.")}
        .arg(years.join(QStringLiteral(", ")))
        .in(lang);
}

} // namespace exitdesk
