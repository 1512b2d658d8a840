// Opens an official form in the print preview (QPrintPreviewDialog on an A4 printer), from
// which the operator prints it or saves it as PDF, and reports which happened: a document is
// recorded as issued only once it was printed or saved, never for a preview alone. Printing
// to a printer applies that printer's stored offsets (PrinterOffsetsStore), which can be
// adjusted from the preview ("Printer offsets…"). Tests install an interceptor that
// receives the form instead of a modal dialog.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace exitdesk {
struct Actor;
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::forms {
class OfficialForm;
}

namespace exitdesk::ui {

class FormPreview
{
    Q_DECLARE_TR_FUNCTIONS(FormPreview)
public:
    enum class Outcome { Cancelled, Printed, SavedPdf };
    struct Result
    {
        Outcome outcome = Outcome::Cancelled;
        QString target; // the printer's name, or the PDF file
        bool done() const { return outcome != Outcome::Cancelled; }
    };
    // Where the printers' offsets are read, and as whom they are changed (optional).
    struct Printing
    {
        Database *database = nullptr;
        const Clock *clock = nullptr;
        const Actor *actor = nullptr;
    };

    // While set, show() hands the form to the interceptor and opens no dialog; the form
    // counts as printed (on the printer "interceptor").
    using Interceptor = std::function<void(const forms::OfficialForm &)>;
    static void setInterceptor(Interceptor interceptor);
    // The same, the interceptor saying what the user did (printed, saved, or cancelled).
    using OutcomeInterceptor = std::function<Result(const forms::OfficialForm &)>;
    static void setOutcomeInterceptor(OutcomeInterceptor interceptor);

    static Result show(QWidget *parent, const forms::OfficialForm &form, const Printing &printing);
    static Result show(QWidget *parent, const forms::OfficialForm &form);

    // The file name Save as PDF offers: the case number and the form's name in the language of
    // the screens, e.g. «2026-000001 Решение (приложение 8).pdf», without characters that file
    // systems refuse.
    static QString suggestedPdfName(const forms::OfficialForm &form);
    // That name in the folder a PDF was last saved to, or in Documents the first time.
    static QString suggestedPdfPath(const forms::OfficialForm &form);
    // Remembers the folder of `file` for the next suggestion.
    static void rememberPdfFolder(const QString &file);
};

} // namespace exitdesk::ui
