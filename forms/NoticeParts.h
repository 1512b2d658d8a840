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
    // The date as written on paper (dd.MM.yyyy) when known, the blank pattern otherwise.
    static BiText dateOrBlank(const BiText &blankPattern, const QDate &date);
    // «Орындаушы: ____ (ФИО)», «Телефоны ____»; `afterPhone` goes on the phone's line after
    // its blank (the date of Annex 8: «Телефон ____ «__» ____ 20__ года»).
    static void executorLines(FormBuilder &b, const BiText &executorLabel, const BiText &executorCaption,
                              const QString &executor, const QString &phone, const BiText &afterPhone = BiText());
    // «Алдым: ____ (ФИО / подпись услугополучателя)», the applicant's name filled in;
    // `after` goes on the same line after the blank (the receipt date of Annex 8).
    static void receivedLine(FormBuilder &b, const QString &applicant, const BiText &after = BiText());
    // «Дата выдачи», the national passport line (Annexes 7 and 9).
    static void electronicFooter(FormBuilder &b, const BiText &issueLabel, const QDate &issueDate);
};

} // namespace exitdesk::forms
