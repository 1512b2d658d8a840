#include "FormLanguage.h"

namespace exitdesk::forms {

QString formLanguageKey(FormLanguage lang)
{
    switch (lang) {
    case FormLanguage::Kazakh:
        return QStringLiteral("kk");
    case FormLanguage::Russian:
        return QStringLiteral("ru");
    case FormLanguage::Both:
        return QStringLiteral("both");
    }
    return QString();
}

bool formLanguageFromKey(const QString &key, FormLanguage *lang)
{
    for (FormLanguage l : {FormLanguage::Kazakh, FormLanguage::Russian, FormLanguage::Both}) {
        if (formLanguageKey(l) == key) {
            *lang = l;
            return true;
        }
    }
    return false;
}

} // namespace exitdesk::forms
