#include "validation/Finding.h"

#include <algorithm>

namespace exitdesk {

QString Finding::message(const QString &lang) const
{
    if (lang == QLatin1String("kk"))
        return messageKk;
    if (lang == QLatin1String("ru"))
        return messageRu;
    return messageEn;
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}

} // namespace exitdesk
