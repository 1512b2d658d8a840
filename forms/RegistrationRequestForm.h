// Annex 3: the applicant's request to the internal affairs body for the registration information of a person (the alimony recipient, the other parent) whose registration in Kazakhstan is not known.
#pragma once

#include "OfficialForm.h"

namespace exitdesk::forms {

class RegistrationRequestForm : public OfficialForm
{
public:
    explicit RegistrationRequestForm(FormData data) : OfficialForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::RegistrationRequest; }

protected:
    void build(FormBuilder &b) const override;
    QStringList contentFacts() const override;
};

} // namespace exitdesk::forms
