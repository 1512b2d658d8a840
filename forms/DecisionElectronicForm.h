// Annex 9: the decision as an electronic document: the text of Annex 8 without the seal,
// signatures and receipt lines, then the date of issue, the national passport line and the QR.
#pragma once

#include "DecisionForm.h"

namespace exitdesk::forms {

class DecisionElectronicForm : public DecisionForm
{
public:
    explicit DecisionElectronicForm(FormData data) : DecisionForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::DecisionElectronic; }
    bool carriesCode() const override { return true; }

protected:
    bool electronic() const override { return true; }
};

} // namespace exitdesk::forms
