// Key sentences of the official texts, written here independently of the label tables so a
// change of wording in resources/forms shows up: Kazakh from seed 001, Russian from
// shared/forms/notices.md and annex-1-questionnaire.md.
#pragma once

#include "FormKind.h"
#include "FormLanguage.h"

#include <QStringList>

namespace exitdesk::test {

QStringList officialPhrases(forms::FormKind kind, forms::FormLanguage lang);
// Sentences that must not appear (e.g. the copies sentence on the electronic notices).
QStringList forbiddenPhrases(forms::FormKind kind, forms::FormLanguage lang);

} // namespace exitdesk::test
