// A place as the questionnaire asks for it: country, region, district, okrug, settlement.
#pragma once

#include <QString>

namespace exitdesk {

struct Place
{
    QString country; // ISO 3166-1 alpha-2, e.g. KZ, DE
    QString region;
    QString district;
    QString okrug;
    QString settlement;

    bool operator==(const Place &o) const
    {
        return country == o.country && region == o.region && district == o.district && okrug == o.okrug
            && settlement == o.settlement;
    }
    bool operator!=(const Place &o) const { return !(*this == o); }
};

} // namespace exitdesk
