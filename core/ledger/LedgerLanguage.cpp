#include "ledger/LedgerLanguage.h"

namespace exitdesk {

bool ledgerLanguageFromKey(const QString &key, LedgerLanguage *language)
{
    if (key == QLatin1String("kk"))
        *language = LedgerLanguage::Kazakh;
    else if (key == QLatin1String("ru"))
        *language = LedgerLanguage::Russian;
    else if (key == QLatin1String("both"))
        *language = LedgerLanguage::Both;
    else
        return false;
    return true;
}

QString ledgerLanguageKey(LedgerLanguage language)
{
    switch (language) {
    case LedgerLanguage::Kazakh:
        return QStringLiteral("kk");
    case LedgerLanguage::Russian:
        return QStringLiteral("ru");
    case LedgerLanguage::Both:
        break;
    }
    return QStringLiteral("both");
}

QString ledgerText(LedgerLanguage language, const QString &kk, const QString &ru, bool twoLines)
{
    switch (language) {
    case LedgerLanguage::Kazakh:
        return kk;
    case LedgerLanguage::Russian:
        return ru;
    case LedgerLanguage::Both:
        break;
    }
    if (kk == ru || ru.isEmpty())
        return kk;
    if (kk.isEmpty())
        return ru;
    return kk + (twoLines ? QStringLiteral("\n") : QStringLiteral(" / ")) + ru;
}

} // namespace exitdesk
