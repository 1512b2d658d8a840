// A text in both languages of the forms: Kazakh and Russian.
#pragma once

#include "FormLanguage.h"

#include <QString>

namespace exitdesk::forms {

struct BiText
{
    QString kk;
    QString ru;

    // The text in one language; for Both, "kk / ru" (or the one that is not empty).
    QString in(FormLanguage lang) const
    {
        if (lang == FormLanguage::Kazakh)
            return kk;
        if (lang == FormLanguage::Russian)
            return ru;
        if (kk.isEmpty() || kk == ru)
            return ru;
        if (ru.isEmpty())
            return kk;
        return kk + QStringLiteral(" / ") + ru;
    }
    BiText arg(const QString &a) const { return {kk.arg(a), ru.arg(a)}; }
    BiText arg(const QString &a, const QString &b) const { return {kk.arg(a, b), ru.arg(a, b)}; }
};

} // namespace exitdesk::forms
