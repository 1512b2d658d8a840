// Annex 6: the refusal notice on paper, naming each ground of item 9 of the list of basic
// requirements and until when it applies. Made in 2 copies, signed by the official.
#pragma once

#include "OfficialForm.h"

namespace exitdesk::forms {

class RefusalNoticeForm : public OfficialForm
{
public:
    explicit RefusalNoticeForm(FormData data) : OfficialForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::Refusal; }

protected:
    void build(FormBuilder &b) const override;
    QStringList contentFacts() const override;
    virtual bool electronic() const { return false; }
};

} // namespace exitdesk::forms
