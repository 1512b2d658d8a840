// The questionnaire's labels as printed on Annex 1, in Kazakh and Russian. Official wording is
// data, not tr(): the forms' table (:/forms/annex1.json) wins where it names a key, our own
// table (:/ui/annex1-labels.json) fills the rest.
#pragma once

#include <QString>

namespace exitdesk::ui {

class FormLabels
{
public:
    static QString kk(const QString &key);
    static QString ru(const QString &key);
    // "Kazakh / Russian" as on the form; one text when both are the same; the key itself
    // when the key is unknown (so a missing label is visible, not blank).
    static QString bilingual(const QString &key);
    static bool has(const QString &key);
};

} // namespace exitdesk::ui
