#include "DecisionForm.h"

#include "FormFonts.h"
#include "FormTexts.h"
#include "NoticeParts.h"
#include "layout/BoxBlock.h"
#include "layout/TextBox.h"

namespace exitdesk::forms {

namespace {
BiText t(const char *key)
{
    return NoticeParts::text("annex8", key);
}
} // namespace

void DecisionForm::build(FormBuilder &b) const
{
    const FormData &d = data();
    const Case &c = d.caseData;
    b.heading(electronic() ? 9 : 8, NoticeParts::common("form"));
    b.title(t("title"));
    ParagraphBlock::Style lead = FormBuilder::bodyStyle();
    lead.keepWithNext = true;
    lead.spaceAfterMm = 0.5;
    b.paragraph(t("body1"), lead);
    b.blank(BiText(), FormTexts::country(c.to.country).in(b.language()), t("countryCaption"));
    b.paragraph(t("body2"), lead);
    b.blank(BiText(), applicantName(), t("nameCaption"));
    b.paragraph(t("body3"));

    // When no child leaves with the applicant the sentence is left out, never printed empty.
    if (!c.children.isEmpty()) {
        QStringList children;
        for (const Child &child : c.children)
            children << child.fullName() + QStringLiteral(", ") + date(child.birthDate);
        b.paragraph(electronic() ? t("childrenE") : t("children"), lead);
        b.blank(BiText(), children.join(QLatin1Char('\n')), t("childrenCaption"));
        b.paragraph(t("childrenEnd"));
    }
    b.space(4);
    if (electronic()) {
        NoticeParts::electronicFooter(b, t("issueDate"), d.issueDate);
        addCodeBlock(b);
        return;
    }
    signatureAndSeal(b);
    // As on the official form: the date of issue on the phone's line, the date of receipt
    // (written by hand) on the applicant's line.
    const BiText blankDate = NoticeParts::common("dateBlank");
    NoticeParts::executorLines(b, NoticeParts::common("executor"), NoticeParts::common("fio"), d.office.executorName,
                               d.office.phone, NoticeParts::dateOrBlank(blankDate, d.issueDate));
    NoticeParts::receivedLine(b, applicantName(), blankDate);
}

void DecisionForm::signatureAndSeal(FormBuilder &b) const
{
    // The official's signature on the left, a clear place of about 40 mm for the seal beside it.
    const QString head = data().office.headName;
    const QString caption = NoticeParts::common("officialCaption").in(b.language());
    const QString seal = t("seal").in(b.language());
    const double sealSide = 40;
    b.add(std::make_unique<BoxBlock>(sealSide, [=](QPainter &p, const QRectF &r) {
        const double lineWidth = r.width() - sealSide - 6;
        TextBox value(head, FormFonts::font(11.5, true), lineWidth, Qt::AlignHCenter);
        const double lineY = r.y() + 10;
        value.paint(p, r.x(), lineY - 0.5 - value.height());
        p.save();
        p.setPen(QPen(Qt::black, 0.2));
        p.drawLine(QPointF(r.x(), lineY), QPointF(r.x() + lineWidth, lineY));
        p.restore();
        TextBox cap(caption, FormFonts::font(8, false, true), lineWidth, Qt::AlignHCenter);
        cap.paint(p, r.x(), lineY + 0.8);
        TextBox sealLabel(seal, FormFonts::font(11.5, true), sealSide, Qt::AlignHCenter);
        sealLabel.paint(p, r.right() - sealSide, r.y() + (sealSide - sealLabel.height()) / 2);
    }, 3));
}

QStringList DecisionForm::contentFacts() const
{
    const Case &c = data().caseData;
    QStringList facts{c.to.country.toUpper()};
    for (const Child &child : c.children)
        facts << child.fullName() + QLatin1Char('|') + child.birthDate.toString(Qt::ISODate);
    return facts;
}

} // namespace exitdesk::forms
