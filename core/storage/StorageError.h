// Why a storage operation failed, in a form the caller can act on (a conflict means
// "reload and redo", not found means a wrong number or id) and show in kk/ru/en.
#pragma once

#include "validation/Finding.h"

#include <QString>

namespace exitdesk {

struct StorageError
{
    enum Kind
    {
        None,
        NotFound,     // no case with that id / number
        Conflict,     // somebody else saved the case since it was loaded (optimistic lock)
        InvalidState, // e.g. accepting an already accepted case, no submission time
        Database,     // the database refused (driver text in the messages)
        Forbidden,    // the actor may not do this (accounts/Authorization: role, or no login)
        Unreachable,  // the PostgreSQL server cannot be reached (down, network): nothing was written
    };
    Kind kind = None;
    QString messageEn;
    QString messageRu;
    QString messageKk;

    QString message(const QString &lang) const
    {
        if (lang == QLatin1String("ru"))
            return messageRu;
        if (lang == QLatin1String("kk"))
            return messageKk;
        return messageEn;
    }

    static StorageError make(Kind kind, const QString &en, const QString &ru, const QString &kk)
    {
        StorageError e;
        e.kind = kind;
        e.messageEn = en;
        e.messageRu = ru;
        e.messageKk = kk;
        return e;
    }
    // A refusal (a Finding from accounts/Authorization) as a Forbidden error.
    static StorageError forbidden(const Finding &f)
    {
        return make(Forbidden, f.messageEn, f.messageRu, f.messageKk);
    }
    static StorageError database(const QString &driverText)
    {
        return make(Database, QStringLiteral("database error: %1").arg(driverText),
                    QStringLiteral("ошибка базы данных: %1").arg(driverText),
                    QStringLiteral("дерекқор қатесі: %1").arg(driverText));
    }
    // The server did not answer and reconnecting failed; where names the database (no password).
    static StorageError unreachable(const QString &where, const QString &driverText)
    {
        return make(Unreachable,
                    QStringLiteral("the database server %1 cannot be reached: %2").arg(where, driverText),
                    QStringLiteral("сервер базы данных %1 недоступен: %2").arg(where, driverText),
                    QStringLiteral("%1 дерекқор серверіне қосылу мүмкін емес: %2").arg(where, driverText));
    }
};

} // namespace exitdesk
