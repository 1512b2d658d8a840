// The applicant: every field of the Annex 1 questionnaire (items 1-16 less the tables),
// the identity document, the passport, the registered address and the phone.
#pragma once

#include "model/Place.h"

#include <QDate>
#include <QString>

namespace exitdesk {

struct IdentityDocument
{
    QString kind; // id-card | residence-permit | stateless-certificate
    QString number;
    QDate issuedOn;
    QString issuedBy;
    QDate expiresOn;

    bool operator==(const IdentityDocument &o) const
    {
        return kind == o.kind && number == o.number && issuedOn == o.issuedOn && issuedBy == o.issuedBy
            && expiresOn == o.expiresOn;
    }
};

struct Passport
{
    QString number;
    QDate issuedOn;
    QDate expiresOn;

    bool operator==(const Passport &o) const
    {
        return number == o.number && issuedOn == o.issuedOn && expiresOn == o.expiresOn;
    }
};

struct Applicant
{
    QString surname;       // item 1
    QString name;          // item 2
    QString patronymic;    // item 3, optional
    QString previousNames; // item 4, optional
    QDate birthDate;       // item 5
    QString iin;           // item 6
    QString sex;           // item 7: M | F
    Place birthPlace;      // item 8
    QString nationality;
    QString citizenship;
    IdentityDocument identityDocument;
    Passport passport;
    QString address;
    QString phone;
    QString militaryDuty;
    QString previousCitizenship;
    int socialCategory = 0; // item 11: 1-5, 9; 0 = not given
    int education = 0;      // item 12: 1-4
    int specialty = 0;      // item 13: 1-8
    int maritalStatus = 0;  // item 14: 1-4 (2 = married)

    bool operator==(const Applicant &o) const
    {
        return surname == o.surname && name == o.name && patronymic == o.patronymic
            && previousNames == o.previousNames && birthDate == o.birthDate && iin == o.iin && sex == o.sex
            && birthPlace == o.birthPlace && nationality == o.nationality && citizenship == o.citizenship
            && identityDocument == o.identityDocument && passport == o.passport && address == o.address
            && phone == o.phone && militaryDuty == o.militaryDuty
            && previousCitizenship == o.previousCitizenship && socialCategory == o.socialCategory
            && education == o.education && specialty == o.specialty && maritalStatus == o.maritalStatus;
    }
};

} // namespace exitdesk
