// The grounds for refusal of item 9 of the list of basic requirements (SPEC.md §5), as data
// (resources/forms/grounds.json): each ground's text and until when it applies, kk and ru.
#pragma once

#include "BiText.h"

#include <QList>

namespace exitdesk::forms {

struct GroundText
{
    int number = 0;
    BiText text;
    BiText until;
};

class GroundCatalogue
{
public:
    static const QList<GroundText> &all();
    // The ground with this number; number 0 when there is none.
    static GroundText find(int number);
};

} // namespace exitdesk::forms
