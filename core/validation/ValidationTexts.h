// The messages of the case checks, kept as data in one place (ValidationTexts.cpp): for every
// finding code its severity and its text in Kazakh, Russian and English, and the names of the
// fields and of their owners ("Child 2", "Applicant") in words. Checks build findings here so
// that the wording can be corrected without touching the rules.
#pragma once

#include "validation/Finding.h"
#include "validation/Text3.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace exitdesk {

class ValidationTexts
{
public:
    // A named value substituted for {name} in a message template.
    struct Arg
    {
        QString name;
        Text3 value;
    };
    using Args = QList<Arg>;

    // The finding for `code` at `path`: severity and messages from the table. The owner of the
    // path ("Child 2: ...") prefixes the message; {field} is the field's name in words; other
    // placeholders come from `args`. An unknown code is a programming error (asserted).
    static Finding make(const QString &code, const QString &path, const Args &args = {});

    static bool hasCode(const QString &code);
    static QStringList codes();
    static Severity severity(const QString &code);

    // "Child 2", "Applicant", "Work history, row 3"; empty for fields of the whole case.
    static Text3 owner(const QString &path);
    // The field's name in words, e.g. "IIN" for "children[1].iin"; empty when the table lacks it.
    static Text3 fieldLabel(const QString &path);

    // Formatting of values inside messages.
    static Text3 date(const QDate &date); // dd.MM.yyyy, as on paper
    static Text3 sex(const QString &sex); // M | F in words
    static Text3 years(int from, int to); // "2023" or "2021–2022"
    static Text3 number(int n) { return Text3::same(QString::number(n)); }
};

} // namespace exitdesk
