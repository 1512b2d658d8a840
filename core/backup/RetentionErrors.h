// The findings retention operations report, in Kazakh, Russian and English.
#pragma once

#include "validation/Finding.h"

namespace exitdesk::retention {

inline Finding makeError(const char *code, const QString &en, const QString &ru, const QString &kk)
{
    Finding f;
    f.code = QString::fromLatin1(code);
    f.path = QStringLiteral("retention");
    f.severity = Severity::Error;
    f.messageEn = en;
    f.messageRu = ru;
    f.messageKk = kk;
    return f;
}

inline Finding databaseError(const QString &what)
{
    return makeError("database", QStringLiteral("database error: %1").arg(what),
                     QStringLiteral("ошибка базы данных: %1").arg(what),
                     QStringLiteral("дерекқор қатесі: %1").arg(what));
}

} // namespace exitdesk::retention
