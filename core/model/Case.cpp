#include "model/Case.h"

#include <QStringList>

namespace exitdesk {

QString caseStatusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Draft:
        return QStringLiteral("draft");
    case CaseStatus::Accepted:
        return QStringLiteral("accepted");
    case CaseStatus::RefusedAtIntake:
        return QStringLiteral("refused-at-intake");
    }
    return QString();
}

bool caseStatusFromKey(const QString &key, CaseStatus *status)
{
    for (CaseStatus s : {CaseStatus::Draft, CaseStatus::Accepted, CaseStatus::RefusedAtIntake}) {
        if (caseStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString Case::applicantFullName() const
{
    QStringList parts{applicant.surname, applicant.name, applicant.patronymic};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

bool Case::sameContent(const Case &o) const
{
    return number == o.number && office == o.office && channel == o.channel && submittedAt == o.submittedAt
        && applicant == o.applicant && from == o.from && to == o.to && purpose == o.purpose
        && children == o.children && relatives == o.relatives && workHistory == o.workHistory
        && alimonyEnforcement == o.alimonyEnforcement
        && alimonyRecipientsRegistrationKnown == o.alimonyRecipientsRegistrationKnown
        && documents == o.documents && consents == o.consents;
}

} // namespace exitdesk
