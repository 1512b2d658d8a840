#include "FormPreview.h"

#include "FormPainter.h"
#include "OfficialForm.h"

#include <QPainter>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace exitdesk::ui {

namespace {
FormPreview::Interceptor &interceptor()
{
    static FormPreview::Interceptor i;
    return i;
}
} // namespace

void FormPreview::setInterceptor(Interceptor i)
{
    interceptor() = std::move(i);
}

void FormPreview::show(QWidget *parent, const forms::OfficialForm &form)
{
    if (interceptor()) {
        interceptor()(form);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The forms keep their own margins, in millimetres from the sheet's edge.
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.resize(1000, 800);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&form](QPrinter *p) {
        QPainter painter(p);
        forms::FormPainter::paint(form, *p, painter);
    });
    dialog.exec();
}

} // namespace exitdesk::ui
