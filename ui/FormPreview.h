// Opens an official form in the print preview (QPrintPreviewDialog on an A4 printer), from
// which the operator prints it. Tests install an interceptor that receives the form instead
// of a modal dialog.
#pragma once

#include <functional>

class QWidget;

namespace exitdesk::forms {
class OfficialForm;
}

namespace exitdesk::ui {

class FormPreview
{
public:
    using Interceptor = std::function<void(const forms::OfficialForm &)>;
    // While set, show() hands the form to the interceptor and opens no dialog.
    static void setInterceptor(Interceptor interceptor);

    static void show(QWidget *parent, const forms::OfficialForm &form);
};

} // namespace exitdesk::ui
