// The rule for names on the questionnaire (SPEC.md §8): letters of the Kazakh and Russian
// Cyrillic alphabets (Ә Ғ Қ Ң Ө Ұ Ү Һ І included) or Latin letters as in the passport, with
// hyphen, apostrophe (' or ’) and space; no digits or other symbols.
#pragma once

#include <QString>

namespace exitdesk {

class NameCheck
{
public:
    struct Result
    {
        bool empty = false;        // nothing but spaces
        QString invalidCharacters; // each offending character once, in order of appearance
        bool mixedScripts = false; // Cyrillic and Latin letters in one name: usually a typing slip
        bool ok() const { return !empty && invalidCharacters.isEmpty(); }
    };

    static Result check(const QString &name);
    static bool isAllowedLetter(QChar ch);
};

} // namespace exitdesk
