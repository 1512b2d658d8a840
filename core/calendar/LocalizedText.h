// A short text in the three languages of the program (Kazakh, Russian, English): holiday
// names, reasons a day is not working, workflow messages. Core returns these instead of
// picking a language itself, so the desktop program and the command line choose.
#pragma once

#include <QString>

namespace exitdesk {

struct LocalizedText
{
    QString kk;
    QString ru;
    QString en;

    // The text in "kk", "ru" or "en"; anything else, or an empty translation, falls back to
    // English and then to Russian.
    QString in(const QString &lang) const
    {
        if (lang == QLatin1String("kk") && !kk.isEmpty())
            return kk;
        if (lang == QLatin1String("ru") && !ru.isEmpty())
            return ru;
        return en.isEmpty() ? ru : en;
    }
    bool isEmpty() const { return kk.isEmpty() && ru.isEmpty() && en.isEmpty(); }

    // Each language's %1 replaced by the same argument (dates, numbers, keys).
    LocalizedText arg(const QString &a) const { return {kk.arg(a), ru.arg(a), en.arg(a)}; }
    LocalizedText arg(const LocalizedText &a) const { return {kk.arg(a.kk), ru.arg(a.ru), en.arg(a.en)}; }
    // Concatenation per language.
    LocalizedText operator+(const LocalizedText &o) const { return {kk + o.kk, ru + o.ru, en + o.en}; }

    bool operator==(const LocalizedText &o) const { return kk == o.kk && ru == o.ru && en == o.en; }
    bool operator!=(const LocalizedText &o) const { return !(*this == o); }
};

} // namespace exitdesk
