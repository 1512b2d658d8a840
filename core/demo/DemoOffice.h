// The offices of the demo data: State Corporation service centres in several regions, each with
// the migration police officers who execute its cases.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace exitdesk {

struct DemoOffice
{
    QString name;   // as it prints on the receipt
    QString region; // of the applicant's address
    QString district;
    QString settlement;
    QString street;
    QStringList executors; // "Surname I.P."
    int weight = 1;        // how many of the cases it receives, relatively

    static const QList<DemoOffice> &all();
};

} // namespace exitdesk
