#include "FormData.h"

#include "validation/DocumentChecklist.h"

namespace exitdesk::forms {

QList<MissingDocument> FormData::missingFrom(const QList<ChecklistItem> &items)
{
    QList<MissingDocument> missing;
    for (const ChecklistItem &item : items) {
        if (item.ok())
            continue;
        missing << MissingDocument{item.document.nameKk, item.document.nameRu, item.presented && item.expired};
    }
    return missing;
}

} // namespace exitdesk::forms
