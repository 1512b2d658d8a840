#include "ReceiptForm.h"

#include "NoticeParts.h"

namespace exitdesk::forms {

namespace {
BiText t(const char *key)
{
    return NoticeParts::text("annex4", key);
}
} // namespace

void ReceiptForm::build(FormBuilder &b) const
{
    const FormData &d = data();
    b.heading(4, t("form"));
    b.title(t("title"));
    ParagraphBlock::Style lead = FormBuilder::bodyStyle();
    lead.keepWithNext = true;
    lead.spaceAfterMm = 0.5;
    b.paragraph(t("body1"), lead);
    b.blank(BiText(), applicantName(), t("nameCaption"));
    b.paragraph(t("body2"));
    const QString due = date(d.dueDate);
    for (FormLanguage l : b.languages()) {
        b.paragraphIn(l, {{t("body3").in(l) + QLatin1Char(' '), false},
                          {due.isEmpty() ? QStringLiteral("«__» ____ 20__") : due, !due.isEmpty()},
                          {QLatin1Char(' ') + t("body3end").in(l), false}});
    }
    b.paragraph(t("twoCopies"));
    b.space(4);
    NoticeParts::executorLines(b, t("executed"), t("executedCaption"), d.office.executorName, d.office.phone);
    NoticeParts::receivedLine(b, applicantName());
    NoticeParts::dateLine(b, NoticeParts::common("dateBlank"), d.issueDate);
    b.space(4);
    addCodeBlock(b);
}

QStringList ReceiptForm::contentFacts() const
{
    return {date(data().caseData.submissionDay()), date(data().dueDate)};
}

} // namespace exitdesk::forms
