// The language of the register's headers and words: Kazakh, Russian, or both (seed 000 §18:
// records are kept in the state language or Russian).
#pragma once

#include <QString>

namespace exitdesk {

enum class LedgerLanguage
{
    Kazakh,
    Russian,
    Both
};

// "kk" | "ru" | "both"; false for anything else.
bool ledgerLanguageFromKey(const QString &key, LedgerLanguage *language);
QString ledgerLanguageKey(LedgerLanguage language);

// The text in the chosen language; in Both, "kk / ru" on one line (or kk and ru on two lines when
// twoLines), and only once when both are the same.
QString ledgerText(LedgerLanguage language, const QString &kk, const QString &ru, bool twoLines = false);

} // namespace exitdesk
