// Annex 1: the application-questionnaire, bilingual on one sheet (every label «Kazakh / Russian»), with the photo box, items 1-16, the children, relatives and work-history tables, the warnings and consents.
#pragma once

#include "OfficialForm.h"

namespace exitdesk::forms {

class QuestionnaireForm : public OfficialForm
{
public:
    explicit QuestionnaireForm(FormData data) : OfficialForm(std::move(data)) {}
    FormKind kind() const override { return FormKind::Questionnaire; }

protected:
    void build(FormBuilder &b) const override;
};

} // namespace exitdesk::forms
