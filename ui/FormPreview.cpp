#include "FormPreview.h"

#include "FormPainter.h"
#include "OfficialForm.h"
#include "PdfExporter.h"
#include "PrinterOffsetsDialog.h"
#include "PrinterOffsetsStore.h"

#include "FileDialogs.h"
#include "Settings.h"
#include "accounts/Permissions.h"
#include "decision/DocumentIssuer.h"

#include <QCoreApplication>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolBar>

namespace exitdesk::ui {

namespace {

struct Interceptors
{
    FormPreview::Interceptor plain;
    FormPreview::OutcomeInterceptor outcome;
};

Interceptors &interceptors()
{
    static Interceptors i;
    return i;
}

// The offsets apply on paper only: a preview or a PDF shows the form where it belongs.
forms::PrintOffsets offsetsFor(const FormPreview::Printing &printing, const QPrinter &printer)
{
    if (!printing.database || printer.outputFormat() != QPrinter::NativeFormat)
        return forms::PrintOffsets();
    return forms::PrinterOffsetsStore(*printing.database).offsets(printer.printerName());
}

// The folder the last PDF was saved to (empty: none yet).
const SettingsKey<QString> pdfFolder{"ui/pdfFolder", QString()};

} // namespace

QString FormPreview::suggestedPdfName(const forms::OfficialForm &form)
{
    QString name = form.data().caseData.number.trimmed();
    const QString formName = DocumentIssuer::formName(form.kind());
    if (!formName.isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + formName;
    // Characters Windows or Linux refuse in a file name, control characters included; a
    // leading dot would hide the file.
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral(" "));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("form");
    return name + QStringLiteral(".pdf");
}

QString FormPreview::suggestedPdfPath(const forms::OfficialForm &form)
{
    QString folder = pdfFolder.value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(suggestedPdfName(form));
}

void FormPreview::rememberPdfFolder(const QString &file)
{
    pdfFolder.setValue(QFileInfo(file).absolutePath());
}

void FormPreview::setInterceptor(Interceptor i)
{
    interceptors().plain = std::move(i);
}

void FormPreview::setOutcomeInterceptor(OutcomeInterceptor i)
{
    interceptors().outcome = std::move(i);
}

FormPreview::Result FormPreview::show(QWidget *parent, const forms::OfficialForm &form)
{
    return show(parent, form, Printing());
}

FormPreview::Result FormPreview::show(QWidget *parent, const forms::OfficialForm &form, const Printing &printing)
{
    if (interceptors().outcome)
        return interceptors().outcome(form);
    if (interceptors().plain) {
        interceptors().plain(form);
        return Result{Outcome::Printed, QStringLiteral("interceptor")};
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The forms keep their own margins, in millimetres from the sheet's edge.
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, parent);
    // Qt's own title has no Kazakh translation.
    dialog.setWindowTitle(tr("Print preview: %1").arg(DocumentIssuer::formName(form.kind())));
    dialog.resize(1000, 800);
    // The preview paints on the same printer through a recording engine (type Picture); the
    // real print goes to the printer's own engine, and only there the offsets apply.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&form, &printing](QPrinter *p) {
        const bool preview = p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Picture;
        QPainter painter(p);
        forms::FormPainter::paint(form, *p, painter, preview ? forms::PrintOffsets() : offsetsFor(printing, *p));
    });

    Result result;
    // QPrintPreviewDialog's own Print button runs the print dialog and accepts once printed;
    // Save as PDF and the printer's offsets are added to its tool bar.
    // Tab never reaches the tool bar's buttons: printing and saving have keys of their own
    // (Ctrl+P, Ctrl+S), shown in the buttons' tool tips.
    auto withKey = [](QAction *action, const QKeySequence &key) {
        action->setShortcut(key);
        action->setToolTip(action->text().remove(QStringLiteral("…")) + QStringLiteral(" (")
                           + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    };
    // Qt's own action, found by its text in the language shown (translated by translations/qt;
    // passed through variables so that the program's own translation files do not take it).
    static const char *const previewContext = "QPrintPreviewDialog";
    static const char *const printSource = "Print";
    const QString printText = QCoreApplication::translate(previewContext, printSource);
    for (QAction *action : dialog.findChildren<QAction *>()) {
        if (action->text() == printText) {
            action->setObjectName(QStringLiteral("printAction"));
            withKey(action, QKeySequence::Print);
        }
    }
    auto *toolbar = dialog.findChild<QToolBar *>();
    if (toolbar) {
        toolbar->addSeparator();
        QAction *pdf = toolbar->addAction(tr("Save as PDF…"));
        pdf->setObjectName(QStringLiteral("savePdfAction"));
        withKey(pdf, QKeySequence::Save);
        QObject::connect(pdf, &QAction::triggered, &dialog, [&dialog, &form, &result] {
            QString file = FileDialogs::getSaveFileName(&dialog, tr("Save as PDF"), suggestedPdfPath(form),
                                                        tr("PDF files (*.pdf)"));
            if (file.isEmpty())
                return;
            rememberPdfFolder(file);
            if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                file += QStringLiteral(".pdf");
            QString error;
            if (!forms::PdfExporter::exportToFile(form, file, &error)) {
                QMessageBox::warning(&dialog, tr("Save as PDF"), tr("The PDF could not be written: %1").arg(error));
                return;
            }
            result = Result{Outcome::SavedPdf, file};
            dialog.accept();
        });
        // Offered to those who may change settings (core checks it again when storing).
        if (printing.database && printing.clock && printing.actor
            && Permissions::allows(*printing.actor, Permission::SettingsEdit)) {
            QAction *offsets = toolbar->addAction(tr("Printer offsets…"));
            offsets->setObjectName(QStringLiteral("printerOffsetsAction"));
            // For the printer chosen last; the preview itself is never moved (see paintRequested).
            QObject::connect(offsets, &QAction::triggered, &dialog, [&dialog, &printer, &printing] {
                PrinterOffsetsDialog::edit(&dialog, *printing.database, *printing.clock, *printing.actor,
                                           printer.printerName());
            });
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return Result();
    if (result.done())
        return result;
    // Printed through the print dialog: on a printer, or to a file when it was chosen there.
    if (printer.outputFormat() == QPrinter::PdfFormat)
        return Result{Outcome::SavedPdf, printer.outputFileName()};
    return Result{Outcome::Printed, printer.printerName()};
}

} // namespace exitdesk::ui
