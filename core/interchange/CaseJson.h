// The case interchange format (ARCHITECTURE.md §5, docs/case-format.md): JSON with camelCase
// keys, ISO dates "YYYY-MM-DD" and times "YYYY-MM-DDTHH:MM:SS". Import is strict: unknown keys
// and wrong types are errors naming the key path; every error is collected. Export is the
// inverse, so export(import(x)) == x for a document in the §5 shape.
#pragma once

#include "model/Case.h"
#include "validation/Finding.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace exitdesk {

class CaseJson
{
public:
    static QJsonObject toJson(const Case &c);
    static QByteArray toBytes(const Case &c, QJsonDocument::JsonFormat format = QJsonDocument::Indented);

    // Reads one case. Paths in the findings start with pathPrefix (e.g. "[3]." for an array
    // element). Returns false when there was any error; *out is filled as far as possible.
    static bool fromJson(const QJsonValue &value, Case *out, Findings *errors,
                         const QString &pathPrefix = QString());

    // Reads a document holding one case object or an array of case objects. *isArray tells
    // which it was (paths of array elements start with "[i]."). False on any error.
    static bool parseDocument(const QByteArray &bytes, QList<Case> *cases, Findings *errors,
                              bool *isArray = nullptr);
};

} // namespace exitdesk
