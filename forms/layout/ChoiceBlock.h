// One of the questionnaire's multiple-choice items (10-14): the item's label, then its
// options in bordered cells, each with a box that is ticked for the chosen option.
#pragma once

#include "layout/Block.h"

#include <QStringList>

namespace exitdesk::forms {

class ChoiceBlock : public Block
{
public:
    ChoiceBlock(QString title, QStringList options, int chosen, int columns, QString note = QString());

    QList<Slice> layout(double widthMm) const override;

private:
    QString m_title;
    QStringList m_options;
    int m_chosen; // index into m_options, -1 for none
    int m_columns;
    QString m_note;
};

} // namespace exitdesk::forms
