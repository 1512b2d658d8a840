#include "validation/NameCheck.h"

namespace exitdesk {

namespace {

// The nine letters the Kazakh alphabet adds to the Russian one, upper and lower case.
constexpr char16_t kKazakhLetters[] = u"ӘәҒғҚқҢңӨөҰұҮүҺһІі";

bool isRussianLetter(char16_t c)
{
    return (c >= u'А' && c <= u'я') || c == u'Ё' || c == u'ё';
}

bool isKazakhLetter(char16_t c)
{
    for (char16_t k : kKazakhLetters) {
        if (k != 0 && k == c)
            return true;
    }
    return false;
}

bool isCyrillic(QChar ch)
{
    return isRussianLetter(ch.unicode()) || isKazakhLetter(ch.unicode());
}

// Latin letters, with the diacritics a foreign passport may print (Müller, Šimek).
bool isLatin(QChar ch)
{
    return ch.isLetter() && ch.script() == QChar::Script_Latin;
}

bool isSeparator(QChar ch)
{
    return ch == QLatin1Char('-') || ch == QLatin1Char('\'') || ch == QChar(0x2019) || ch == QLatin1Char(' ');
}

} // namespace

bool NameCheck::isAllowedLetter(QChar ch)
{
    return isCyrillic(ch) || isLatin(ch);
}

NameCheck::Result NameCheck::check(const QString &name)
{
    Result r;
    // Some keyboards type Й or Ё as a letter plus a combining mark; compose them first.
    const QString s = name.normalized(QString::NormalizationForm_C);
    if (s.trimmed().isEmpty()) {
        r.empty = true;
        return r;
    }
    bool cyrillic = false;
    bool latin = false;
    for (QChar ch : s) {
        if (isCyrillic(ch)) {
            cyrillic = true;
        } else if (isLatin(ch)) {
            latin = true;
        } else if (!isSeparator(ch) && !r.invalidCharacters.contains(ch)) {
            r.invalidCharacters.append(ch);
        }
    }
    r.mixedScripts = cyrillic && latin;
    if (!cyrillic && !latin && r.invalidCharacters.isEmpty())
        r.invalidCharacters = s.trimmed(); // only hyphens and apostrophes: no name at all
    return r;
}

} // namespace exitdesk
