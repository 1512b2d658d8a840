// The language a form is printed in. Chosen when printing (never taken from the UI language):
// Kazakh, Russian, or both (the Kazakh text, then the Russian, block by block).
#pragma once

#include <QString>

namespace exitdesk::forms {

enum class FormLanguage { Kazakh, Russian, Both };

QString formLanguageKey(FormLanguage lang); // kk | ru | both
bool formLanguageFromKey(const QString &key, FormLanguage *lang);

} // namespace exitdesk::forms
