// The official texts of the forms, read from the label tables in resources/forms/*.json
// (key -> {kk, ru}), so the wording can be corrected in one place and never hides in code.
#pragma once

#include "BiText.h"

#include <QString>

namespace exitdesk::forms {

class FormTexts
{
public:
    // The text `key` of table `table` (the file name without .json). A missing key is a
    // programming error: it is reported with qWarning and printed as "[table.key]".
    static BiText get(const QString &table, const QString &key);
    static bool has(const QString &table, const QString &key);
    // The country's name for an ISO 3166-1 alpha-2 code; the code itself when not listed.
    static BiText country(const QString &code);
};

} // namespace exitdesk::forms
