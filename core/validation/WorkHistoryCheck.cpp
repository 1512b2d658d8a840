#include "validation/WorkHistoryCheck.h"

#include "validation/ValidationTexts.h"

#include <algorithm>

namespace exitdesk {

namespace {

using Arg = ValidationTexts::Arg;

QString rowPath(int index, const char16_t *field)
{
    return QStringLiteral("workHistory[%1].").arg(index) + QString::fromUtf16(field);
}

struct Span
{
    int index; // row in the questionnaire
    int from;
    int to;
};

void checkRow(Findings &out, const WorkRecord &r, int i, int referenceYear, bool *presentTaken,
              QList<Span> *usable)
{
    bool ok = true;
    // An empty leaving year is the job still held ("to the present"): allowed on one row only,
    // the first such row; it counts up to the reference year.
    const bool present = r.toYear <= 0 && !*presentTaken;
    if (present)
        *presentTaken = true;
    const int to = present ? referenceYear : r.toYear;
    const std::pair<int, const char16_t *> years[] = {{r.fromYear, u"fromYear"}, {to, u"toYear"}};
    for (const auto &[year, field] : years) {
        if (year <= 0) {
            out << ValidationTexts::make(QStringLiteral("field.required"), rowPath(i, field));
            ok = false;
        } else if (year > referenceYear) {
            out << ValidationTexts::make(
                QStringLiteral("work.futureYear"), rowPath(i, field),
                {Arg{QStringLiteral("year"), ValidationTexts::number(year)},
                 Arg{QStringLiteral("current"), ValidationTexts::number(referenceYear)}});
        }
    }
    if (ok && r.fromYear > to) {
        out << ValidationTexts::make(QStringLiteral("work.yearOrder"), rowPath(i, u"fromYear"),
                                     {Arg{QStringLiteral("from"), ValidationTexts::number(r.fromYear)},
                                      Arg{QStringLiteral("to"), ValidationTexts::number(to)}});
        ok = false;
    }
    if (ok)
        usable->append(Span{i, r.fromYear, to});
}

void gap(Findings &out, const QString &path, int from, int to)
{
    if (from <= to) {
        out << ValidationTexts::make(QStringLiteral("work.gap"), path,
                                     {Arg{QStringLiteral("years"), ValidationTexts::years(from, to)}});
    }
}

} // namespace

void WorkHistoryCheck::check(Findings &out, const QList<WorkRecord> &records, int referenceYear,
                             bool coverageRequired)
{
    QList<Span> spans;
    bool presentTaken = false;
    for (int i = 0; i < records.size(); ++i)
        checkRow(out, records.at(i), i, referenceYear, &presentTaken, &spans);
    if (!coverageRequired)
        return;

    const int windowFrom = referenceYear - 4;
    const int windowTo = referenceYear;
    if (records.isEmpty()) {
        out << ValidationTexts::make(
            QStringLiteral("work.missing"), QStringLiteral("workHistory"),
            {Arg{QStringLiteral("years"), ValidationTexts::years(windowFrom, windowTo)}});
        return;
    }
    if (spans.isEmpty())
        return; // every row already has an error; coverage would only repeat it

    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.from < b.from || (a.from == b.from && a.to < b.to);
    });

    int maxTo = 0;  // the latest leaving year among the rows seen so far
    int maxBy = -1; // the row with that year
    for (const Span &s : spans) {
        if (maxBy >= 0 && s.from < maxTo) {
            out << ValidationTexts::make(
                QStringLiteral("work.overlap"), rowPath(s.index, u"fromYear"),
                {Arg{QStringLiteral("other"), ValidationTexts::number(maxBy + 1)},
                 Arg{QStringLiteral("years"), ValidationTexts::years(s.from, std::min(s.to, maxTo))}});
        }
        const int firstUncovered = maxBy >= 0 ? std::max(maxTo + 1, windowFrom) : windowFrom;
        gap(out, rowPath(s.index, u"fromYear"), firstUncovered, std::min(s.from - 1, windowTo));
        if (maxBy < 0 || s.to > maxTo) {
            maxTo = s.to;
            maxBy = s.index;
        }
    }
    gap(out, rowPath(maxBy, u"toYear"), std::max(maxTo + 1, windowFrom), windowTo);
}

} // namespace exitdesk
