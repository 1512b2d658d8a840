#include "RegistrationRequestForm.h"

#include "NoticeParts.h"

namespace exitdesk::forms {

namespace {
BiText t(const char *key)
{
    return NoticeParts::text("annex3", key);
}
} // namespace

void RegistrationRequestForm::build(FormBuilder &b) const
{
    const FormData &d = data();
    b.heading(3, NoticeParts::common("form"));

    // The addressee and the applicant, in a block at the top right.
    FieldBlock::Style right = FormBuilder::fieldStyle();
    right.leftIndentMm = NoticeParts::columnWidth() - 95;
    const QString body = d.office.internalAffairsBody.isEmpty() ? d.office.name : d.office.internalAffairsBody;
    b.blank(BiText(), body, t("bodyCaption"), right);
    ParagraphBlock::Style citizen = NoticeParts::plainStyle();
    citizen.leftIndentMm = right.leftIndentMm;
    citizen.keepWithNext = true;
    b.paragraph(t("citizen"), citizen);
    b.blank(BiText(), applicantName(), t("applicantCaption"), right);
    b.blank(BiText(), d.caseData.applicant.address, t("addressCaption"), right);
    b.space(6);

    b.title(t("title"));
    b.paragraph(t("body1"));
    b.blank(BiText(), d.registrationSubject, t("subjectCaption"));
    b.paragraph(t("body2"));
    b.space(8);

    FieldBlock::Style sign = FormBuilder::fieldStyle();
    sign.lineWidthMm = 60;
    const QString day = date(d.issueDate);
    b.blank(BiText{day.isEmpty() ? t("dateBlank").kk : day, day.isEmpty() ? t("dateBlank").ru : day}, QString(),
            t("signature"), sign);
}

QStringList RegistrationRequestForm::contentFacts() const
{
    return {data().caseData.applicant.address, data().registrationSubject};
}

} // namespace exitdesk::forms
