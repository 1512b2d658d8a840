#include "PdfExporter.h"

#include "OfficialForm.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace exitdesk::forms {

bool PdfExporter::write(const QList<const OfficialForm *> &forms, QIODevice *device, const Options &options)
{
    if (forms.isEmpty())
        return false;
    QPdfWriter writer(device);
    writer.setResolution(options.resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setCreator(QStringLiteral("ExitDesk"));
    const OfficialForm *first = forms.first();
    writer.setTitle(options.title.isEmpty()
                        ? formKindKey(first->kind()) + QLatin1Char(' ') + first->data().caseData.number
                        : options.title);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    bool ok = true;
    for (int i = 0; i < forms.size() && ok; ++i)
        ok = FormPainter::paint(*forms.at(i), writer, painter, options.offsets, i == 0);
    return painter.end() && ok;
}

bool PdfExporter::write(const OfficialForm &form, QIODevice *device, const Options &options)
{
    return write(QList<const OfficialForm *>{&form}, device, options);
}

bool PdfExporter::exportToFile(const OfficialForm &form, const QString &path, QString *error, const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!write(form, &file, options)) {
        file.cancelWriting();
        if (error)
            *error = QStringLiteral("PDF");
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace exitdesk::forms
