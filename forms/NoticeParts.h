// Pieces shared by the notices (Annexes 3-9): the texts of a label table, the date lines and
// the closing lines, so each form class says only what is particular to it.
#pragma once

#include "BiText.h"
#include "FormBuilder.h"

#include <QDate>

namespace exitdesk::forms {

class NoticeParts
{
public:
    static BiText text(const char *table, const char *key);
    static BiText common(const char *key) { return text("common", key); }

    // The width of the text column of every form, in mm.
    static double columnWidth();

    // A paragraph without first-line indent (list items, short lines).
    static ParagraphBlock::Style plainStyle();
    // A date line: the date (dd.MM.yyyy) underlined when known, the blank pattern otherwise.
    static void dateLine(FormBuilder &b, const BiText &blankPattern, const QDate &date, Qt::Alignment align = Qt::AlignLeft);
    // «Орындаушы: ____ (ФИО)», «Телефоны ____».
    static void executorLines(FormBuilder &b, const BiText &executorLabel, const BiText &executorCaption,
                              const QString &executor, const QString &phone);
    // «Алдым: ____ (ФИО / подпись услугополучателя)», the applicant's name filled in.
    static void receivedLine(FormBuilder &b, const QString &applicant);
    // «Дата выдачи», the national passport line (Annexes 7 and 9).
    static void electronicFooter(FormBuilder &b, const BiText &issueLabel, const QDate &issueDate);
};

} // namespace exitdesk::forms
