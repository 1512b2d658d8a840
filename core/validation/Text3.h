// One user-visible text in the three languages of the program (Kazakh, Russian, English).
#pragma once

#include <QString>

namespace exitdesk {

struct Text3
{
    QString en;
    QString ru;
    QString kk;

    // The text in "kk", "ru" or "en" (anything else: English).
    QString in(const QString &lang) const
    {
        if (lang == QLatin1String("kk"))
            return kk;
        if (lang == QLatin1String("ru"))
            return ru;
        return en;
    }
    bool isEmpty() const { return en.isEmpty() && ru.isEmpty() && kk.isEmpty(); }
    static Text3 same(const QString &text) { return Text3{text, text, text}; }
};

} // namespace exitdesk
