// Annex 8: the decision on paper: the country, the applicant, the children leaving with the
// applicant, the official's signature with the seal place («М.О.» / «М.П.»), the executor and
// the applicant's receipt lines.
#pragma once

#include "OfficialForm.h"

namespace exitdesk::forms {

class DecisionForm : public OfficialForm
{
public:
    explicit DecisionForm(FormData data) : OfficialForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::Decision; }

protected:
    void build(FormBuilder &b) const override;
    QStringList contentFacts() const override;
    virtual bool electronic() const { return false; }

private:
    void signatureAndSeal(FormBuilder &b) const;
};

} // namespace exitdesk::forms
