// Makes the form of a kind from its data, after checking that the form applies to the case:
// no decision for a case refused at intake, no Annex 5 for a complete package, no refusal
// notice without grounds, and so on.
#pragma once

#include "FormData.h"
#include "FormKind.h"
#include "OfficialForm.h"

#include <memory>

namespace exitdesk::forms {

class FormFactory
{
public:
    // Why the form does not apply to the data, in kk / ru / en; empty when it applies.
    struct Refusal
    {
        QString kk;
        QString ru;
        QString en;
        bool isEmpty() const { return en.isEmpty(); }
    };
    static Refusal whyNotApplicable(FormKind kind, const FormData &data);

    // The form, without checking whether it applies (previews, tests).
    static std::unique_ptr<OfficialForm> make(FormKind kind, FormData data);
    // The form, or null with the reason when it does not apply.
    static std::unique_ptr<OfficialForm> create(FormKind kind, FormData data, Refusal *why);
};

} // namespace exitdesk::forms
