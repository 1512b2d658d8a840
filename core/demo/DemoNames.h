// Names for demo cases: Kazakh and Russian given names, surnames in their male and female forms
// (Нұрғалиев / Нұрғалиева, Иванов / Иванова; Сейітқали, Ким, Шевченко do not change),
// patronymics (Ерланұлы / Ерланқызы, Сергеевич / Сергеевна), and the nationalities of people who
// typically leave Kazakhstan for good, with the countries they go to.
#pragma once

#include "demo/DemoRandom.h"

#include <QString>
#include <QStringList>

namespace exitdesk {

enum class DemoOrigin
{
    Kazakh,
    Russian,
    German,
    Korean,
    Ukrainian,
    Jewish
};

struct DemoName
{
    QString surname;
    QString name;
    QString patronymic;
};

class DemoNames
{
public:
    static DemoOrigin origin(DemoRandom &rng);
    // sex: "M" | "F". The surname is the family's (male form); the result has the person's form.
    static DemoName person(DemoRandom &rng, DemoOrigin origin, const QString &sex,
                           const QString &familySurname, const QString &fatherName);
    static QString familySurname(DemoRandom &rng, DemoOrigin origin);
    static QString maleName(DemoRandom &rng, DemoOrigin origin);
    static QString surnameFor(const QString &familySurname, const QString &sex);
    static QString patronymic(DemoOrigin origin, const QString &fatherName, const QString &sex);
    static QString nationality(DemoOrigin origin); // as written in the questionnaire, Kazakh
    // A destination country (ISO code) typical for the origin.
    static QString destination(DemoRandom &rng, DemoOrigin origin);
    static QString settlementIn(DemoRandom &rng, const QString &country);
};

} // namespace exitdesk
