// Assembles a form's blocks in the chosen language: the heading block at the top right, the
// title, paragraphs of the official text (Kazakh, Russian, or Kazakh then Russian), blanks
// with their captions, tables. The form classes describe their content through it.
#pragma once

#include "BiText.h"
#include "layout/Block.h"
#include "layout/FieldBlock.h"
#include "layout/ParagraphBlock.h"

#include <memory>
#include <vector>

namespace exitdesk::forms {

class FormBuilder
{
public:
    explicit FormBuilder(FormLanguage language) : m_language(language) {}

    FormLanguage language() const { return m_language; }
    // The languages to write a bilingual passage in, in order: {kk}, {ru} or {kk, ru}.
    QList<FormLanguage> languages() const;

    static ParagraphBlock::Style bodyStyle();
    static FieldBlock::Style fieldStyle();

    // «... қағидаларына N-қосымша» / «Приложение N к Правилам ...» and «Нысан / Форма».
    void heading(int annex, const BiText &formWord);
    void title(const BiText &title);
    // The text in each language of the form, one paragraph per language.
    void paragraph(const BiText &text, ParagraphBlock::Style style = bodyStyle());
    void paragraphIn(FormLanguage lang, QList<TextBox::Run> runs, ParagraphBlock::Style style = bodyStyle());
    // A blank filled with `value`; label and caption in the form's language(s).
    void blank(const BiText &label, const QString &value, const BiText &caption,
               FieldBlock::Style style = fieldStyle(), const BiText &trailing = BiText());
    void space(double mm);
    void pageBreak();
    void add(std::unique_ptr<Block> block);

    std::vector<std::unique_ptr<Block>> take() { return std::move(m_blocks); }

private:
    FormLanguage m_language;
    std::vector<std::unique_ptr<Block>> m_blocks;
};

} // namespace exitdesk::forms
