#include "casecard/DialogRunner.h"

#include <QDialog>

namespace exitdesk::ui {

namespace {
DialogRunner::Driver &driver()
{
    static DialogRunner::Driver d;
    return d;
}
} // namespace

void DialogRunner::setDriver(Driver d)
{
    driver() = std::move(d);
}

bool DialogRunner::run(QDialog &dialog)
{
    if (driver()) {
        const bool accepted = driver()(dialog);
        dialog.setResult(accepted ? QDialog::Accepted : QDialog::Rejected);
        return accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace exitdesk::ui
