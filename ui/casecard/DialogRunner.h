// Runs the small dialogs of the case card and the decision (event, decision, reprint
// reason) modally. Tests install a driver that fills the dialog in and answers it instead
// of a modal loop waiting for a click, as FormPreview's interceptor does for the preview.
#pragma once

#include <functional>

class QDialog;

namespace exitdesk::ui {

class DialogRunner
{
public:
    // Receives the dialog ready to be shown; returns true to accept it, false to cancel.
    using Driver = std::function<bool(QDialog &)>;
    static void setDriver(Driver driver);

    // True when the dialog was accepted.
    static bool run(QDialog &dialog);
};

} // namespace exitdesk::ui
