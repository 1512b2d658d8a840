// The frame of the small account dialogs of the users screen (new account, role, password):
// a form, a message line for core's refusal, and OK / Cancel labelled in the program's
// language. Pressing OK calls submit(); the dialog closes only when submit() succeeds, so a
// refusal is read in place and the fields can be corrected.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace exitdesk {
struct Finding;
}

namespace exitdesk::ui {

class AccountFormDialog : public QDialog
{
    Q_OBJECT
public:
    AccountFormDialog(AppContext context, Actor actor, QWidget *parent);
    ~AccountFormDialog() override;

    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

public slots:
    // Does what the dialog is for through core; accepts the dialog when it succeeded.
    bool trySubmit();

protected:
    // The work; false with the message shown (fail()) when refused.
    virtual bool submit() = 0;
    // The texts of the subclass (window title, labels, the OK button via okButton()).
    virtual void retranslate() = 0;
    // Call at the end of the subclass constructor, once its widgets exist.
    void finishSetup();

    void fail(const QString &message, QWidget *focus = nullptr);
    void fail(const Finding &finding, QWidget *focus = nullptr);
    void changeEvent(QEvent *event) override;

    QFormLayout *form() const { return m_form; }
    AppContext m_context;
    Actor m_actor;

private:
    void retranslateFrame();

    QFormLayout *m_form;
    QLabel *m_message;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace exitdesk::ui
