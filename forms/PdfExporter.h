// Writes forms to PDF with QPdfWriter (Qt Gui only, so the command line needs no Widgets):
// A4, 300 dpi, no margins (the forms keep their own), the bundled font embedded.
#pragma once

#include "FormPainter.h"

#include <QList>
#include <QString>

class QIODevice;

namespace exitdesk::forms {

class OfficialForm;

struct PdfOptions
{
    PrintOffsets offsets;
    int resolution = 300;
    QString title; // the PDF's title; the form's kind and case number when empty
};

class PdfExporter
{
public:
    using Options = PdfOptions;

    static bool write(const OfficialForm &form, QIODevice *device, const Options &options = Options());
    // Several forms one after the other in one PDF (batches).
    static bool write(const QList<const OfficialForm *> &forms, QIODevice *device, const Options &options = Options());
    // Writes to a file; nothing is left behind on failure.
    static bool exportToFile(const OfficialForm &form, const QString &path, QString *error,
                             const Options &options = Options());
};

} // namespace exitdesk::forms
