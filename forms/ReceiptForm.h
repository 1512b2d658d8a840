// Annex 4: the receipt of acceptance of the documents, with the date to come back (the service's due date) and a QR code to find the case when the applicant returns. Made in 2 copies.
#pragma once

#include "OfficialForm.h"

namespace exitdesk::forms {

class ReceiptForm : public OfficialForm
{
public:
    explicit ReceiptForm(FormData data) : OfficialForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::Receipt; }
    bool carriesCode() const override { return true; }

protected:
    void build(FormBuilder &b) const override;
    QStringList contentFacts() const override;
};

} // namespace exitdesk::forms
