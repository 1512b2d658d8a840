// Annex 7: the refusal notice as an electronic document: the text of Annex 6 without the
// copies sentence and the signature, then the date of issue, the national passport line and
// the QR check code.
#pragma once

#include "RefusalNoticeForm.h"

namespace exitdesk::forms {

class RefusalNoticeElectronicForm : public RefusalNoticeForm
{
public:
    explicit RefusalNoticeElectronicForm(FormData data) : RefusalNoticeForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::RefusalElectronic; }
    bool carriesCode() const override { return true; }

protected:
    bool electronic() const override { return true; }
};

} // namespace exitdesk::forms
