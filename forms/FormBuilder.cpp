#include "FormBuilder.h"

#include "FormTexts.h"
#include "layout/SpacerBlock.h"

namespace exitdesk::forms {

QList<FormLanguage> FormBuilder::languages() const
{
    if (m_language == FormLanguage::Both)
        return {FormLanguage::Kazakh, FormLanguage::Russian};
    return {m_language};
}

ParagraphBlock::Style FormBuilder::bodyStyle()
{
    ParagraphBlock::Style s;
    s.points = 11.5;
    s.firstIndentMm = 10;
    s.spaceAfterMm = 2;
    return s;
}

FieldBlock::Style FormBuilder::fieldStyle()
{
    FieldBlock::Style s;
    s.points = 11.5;
    return s;
}

void FormBuilder::heading(int annex, const BiText &formWord)
{
    const BiText text = FormTexts::get(QStringLiteral("common"), QStringLiteral("heading")).arg(QString::number(annex));
    ParagraphBlock::Style s;
    s.points = 9;
    s.align = Qt::AlignLeft;
    s.boxWidthMm = 80;
    s.spaceAfterMm = 1.5;
    s.keepWithNext = true;
    for (FormLanguage l : languages())
        add(std::make_unique<ParagraphBlock>(text.in(l), s));
    s.align = Qt::AlignRight;
    s.points = 10;
    s.spaceAfterMm = 6;
    add(std::make_unique<ParagraphBlock>(formWord.in(m_language), s));
}

void FormBuilder::title(const BiText &title)
{
    ParagraphBlock::Style s;
    s.points = 12.5;
    s.bold = true;
    s.align = Qt::AlignHCenter;
    s.keepWithNext = true;
    s.spaceAfterMm = 1;
    const QList<FormLanguage> langs = languages();
    for (FormLanguage l : langs)
        add(std::make_unique<ParagraphBlock>(title.in(l), s));
    space(4);
}

void FormBuilder::paragraph(const BiText &text, ParagraphBlock::Style style)
{
    for (FormLanguage l : languages()) {
        const QString t = text.in(l);
        if (!t.isEmpty())
            add(std::make_unique<ParagraphBlock>(t, style));
    }
}

void FormBuilder::paragraphIn(FormLanguage, QList<TextBox::Run> runs, ParagraphBlock::Style style)
{
    add(std::make_unique<ParagraphBlock>(std::move(runs), style));
}

void FormBuilder::blank(const BiText &label, const QString &value, const BiText &caption, FieldBlock::Style style,
                        const BiText &trailing)
{
    add(std::make_unique<FieldBlock>(label.in(m_language), value, caption.in(m_language), style,
                                     trailing.in(m_language)));
}

void FormBuilder::space(double mm)
{
    add(std::make_unique<SpacerBlock>(mm));
}

void FormBuilder::pageBreak()
{
    add(std::make_unique<SpacerBlock>(0, true));
}

void FormBuilder::add(std::unique_ptr<Block> block)
{
    m_blocks.push_back(std::move(block));
}

} // namespace exitdesk::forms
