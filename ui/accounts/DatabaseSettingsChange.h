// Saving the database location of this workstation (DatabaseSettingsDialog) as an audited
// setting change: only a person who may edit settings (core checks Permission::SettingsEdit
// in SettingChange) may do it, and an audit record "setting.change" of "database.location"
// (before and after without passwords) is written.
#pragma once

#include "AppContext.h"

#include <QCoreApplication>
#include <QString>

namespace exitdesk::ui {

class DatabaseSettingsChange
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSettingsChange)
public:
    // The audited name of the setting.
    static QString settingName() { return QStringLiteral("database.location"); }

    struct Outcome
    {
        bool saved = false;   // the location is kept in QSettings for the next start
        bool refused = false; // the person may not change settings: nothing saved
        bool audited = false; // an audit record was written
        QString auditedIn;    // the database that holds the record (display location)
        QString message;      // a refusal, or why nothing could be audited (screens' language)
    };

    // Keeps `location` (a SQLite path or a postgresql:// URL; empty = the default file) as
    // this workstation's database from the next start, and audits the change.
    static Outcome apply(AppContext context, const QString &location);

    // A location as the audit shows it: without password; the default file when empty.
    static QString shown(const QString &location);
};

} // namespace exitdesk::ui
