#include "model/FamilyMembers.h"

#include <QStringList>

namespace exitdesk {

QString Child::fullName() const
{
    QStringList parts{surname, name, patronymic};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace exitdesk
