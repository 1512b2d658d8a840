// The questionnaire's tables: children leaving with the applicant, close relatives (item 15)
// and work history of the last five years (item 16).
#pragma once

#include <QDate>
#include <QString>

namespace exitdesk {

struct Child
{
    QString surname;
    QString name;
    QString patronymic;
    QString iin;
    QDate birthDate;
    QString passportNumber;
    QString sex; // M | F
    // The other parent stays in Kazakhstan: a notarised consent is required for a minor.
    bool otherParentInKazakhstan = false;
    // Whether the other parent's registration in Kazakhstan is known; when it is not,
    // the registration request (Annex 3) is required.
    bool otherParentRegistrationKnown = true;

    QString fullName() const;

    bool operator==(const Child &o) const
    {
        return surname == o.surname && name == o.name && patronymic == o.patronymic && iin == o.iin
            && birthDate == o.birthDate && passportNumber == o.passportNumber && sex == o.sex
            && otherParentInKazakhstan == o.otherParentInKazakhstan
            && otherParentRegistrationKnown == o.otherParentRegistrationKnown;
    }
};

struct Relative
{
    QString fullName;
    QString iin;
    QString kinship;
    QString birthDateAndPlace;
    QString countryAndAddress;
    QString workplace;
    QString marriageRegistrationPlace;

    bool operator==(const Relative &o) const
    {
        return fullName == o.fullName && iin == o.iin && kinship == o.kinship
            && birthDateAndPlace == o.birthDateAndPlace && countryAndAddress == o.countryAndAddress
            && workplace == o.workplace && marriageRegistrationPlace == o.marriageRegistrationPlace;
    }
};

struct WorkRecord
{
    int fromYear = 0;
    int toYear = 0; // 0: the job still held ("to the present"); see isCurrent()
    QString organisation;
    QString address;
    QString workplace;
    QString position;
    QString stateSecretsClearance;

    bool isCurrent() const { return toYear <= 0; }

    bool operator==(const WorkRecord &o) const
    {
        return fromYear == o.fromYear && toYear == o.toYear && organisation == o.organisation
            && address == o.address && workplace == o.workplace && position == o.position
            && stateSecretsClearance == o.stateSecretsClearance;
    }
};

} // namespace exitdesk
