// What the forms need to know about the office that issues them.
#pragma once

#include <QByteArray>
#include <QString>

namespace exitdesk::forms {

struct OfficeSettings
{
    QString name;                // the migration service unit, e.g. «Алматы қ. ПД көші-қон қызметі басқармасы»
    QString address;             // the office's address (Annex 5)
    QString departmentNumber;    // department № of the State Corporation branch (Annex 5)
    QString phone;               // the executor's phone
    QString executorName;        // «Орындаушы / Исполнитель»
    QString headName;            // the official who signs decisions and notices
    QString internalAffairsBody; // addressee of the registration request (Annex 3); name when empty
    QByteArray qrKey;            // the office's secret key for the documents' check codes
};

} // namespace exitdesk::forms
