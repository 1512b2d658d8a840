// Annex 5: the receipt of refusal to accept the documents, naming every missing or expired document of the package. Made in 2 copies.
#pragma once

#include "OfficialForm.h"

namespace exitdesk::forms {

class RefusalToAcceptForm : public OfficialForm
{
public:
    explicit RefusalToAcceptForm(FormData data) : OfficialForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::RefusalToAccept; }

protected:
    void build(FormBuilder &b) const override;
    QStringList contentFacts() const override;
};

} // namespace exitdesk::forms
