// One result of a check: a stable code, the field path it concerns (e.g. "children[1].iin"),
// its severity and its message in Kazakh, Russian and English.
#pragma once

#include <QList>
#include <QString>

namespace exitdesk {

enum class Severity {
    Error,   // blocks acceptance; a draft may still be saved
    Warning, // the operator may confirm it and go on
};

struct Finding
{
    QString code; // stable, e.g. "iin.checksum", "child.adult"
    QString path; // field path, e.g. "applicant.iin", "children[1].birthDate"
    Severity severity = Severity::Error;
    QString messageKk;
    QString messageRu;
    QString messageEn;

    // The message in "kk", "ru" or "en" (anything else: English).
    QString message(const QString &lang) const;
    bool isError() const { return severity == Severity::Error; }
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);

} // namespace exitdesk
