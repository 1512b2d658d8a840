#include "RefusalNoticeForm.h"

#include "GroundCatalogue.h"
#include "NoticeParts.h"

namespace exitdesk::forms {

namespace {
BiText t(const char *key)
{
    return NoticeParts::text("annex6", key);
}

// The ground's «until»: the office's own wording for this case, or the catalogue's.
BiText untilOf(const RefusalGround &g, const GroundText &catalogue)
{
    return {g.untilKk.isEmpty() ? catalogue.until.kk : g.untilKk, g.untilRu.isEmpty() ? catalogue.until.ru : g.untilRu};
}
} // namespace

void RefusalNoticeForm::build(FormBuilder &b) const
{
    const FormData &d = data();
    b.heading(electronic() ? 7 : 6, NoticeParts::common("form"));
    b.title(t("title"));
    ParagraphBlock::Style lead = FormBuilder::bodyStyle();
    lead.keepWithNext = true;
    b.paragraph(t("body1"), lead);

    ParagraphBlock::Style item = NoticeParts::plainStyle();
    item.align = Qt::AlignJustify;
    item.leftIndentMm = 5;
    item.spaceAfterMm = 1;
    const BiText line = t("groundLine");
    for (int i = 0; i < d.grounds.size(); ++i) {
        const GroundText g = GroundCatalogue::find(d.grounds.at(i).number);
        const BiText until = untilOf(d.grounds.at(i), g);
        const QString end = i + 1 < d.grounds.size() ? QStringLiteral(";") : QStringLiteral(".");
        for (FormLanguage l : b.languages()) {
            const QString text = (l == FormLanguage::Kazakh ? line.kk : line.ru)
                                     .arg(QString::number(i + 1), g.text.in(l), until.in(l));
            b.paragraphIn(l, {{text + end, false}}, item);
        }
    }
    b.space(1);
    b.paragraph(t("body2"), lead);
    b.blank(BiText(), applicantName(), t("nameCaption"));
    b.paragraph(t("body3"));
    b.paragraph(t("court"));
    if (electronic()) {
        NoticeParts::electronicFooter(b, t("issueDate"), d.issueDate);
        addCodeBlock(b);
    } else {
        b.paragraph(t("twoCopies"));
        b.space(4);
        b.blank(BiText(), d.office.headName, NoticeParts::common("officialCaption"));
        NoticeParts::dateLine(b, NoticeParts::common("dateBlank"), d.issueDate);
    }
}

QStringList RefusalNoticeForm::contentFacts() const
{
    QStringList facts;
    for (const RefusalGround &g : data().grounds) {
        const BiText until = untilOf(g, GroundCatalogue::find(g.number));
        facts << QString::number(g.number) + QLatin1Char('|') + until.kk + QLatin1Char('|') + until.ru;
    }
    return facts;
}

} // namespace exitdesk::forms
