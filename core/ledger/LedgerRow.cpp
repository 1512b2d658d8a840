#include "ledger/LedgerRow.h"

#include <QStringList>

namespace exitdesk {

QString LedgerRow::fullName() const
{
    QStringList parts;
    for (const QString &p : {surname, name, patronymic}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace exitdesk
