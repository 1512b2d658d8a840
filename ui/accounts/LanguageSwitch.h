// The two language buttons (Қазақша / Русский) of the login and first-start dialogs: the
// language is chosen before anyone has logged in, so it is on the dialog itself rather than
// only in the main window's menu. Clicking one switches the whole program (Language).
#pragma once

#include <QMap>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;

namespace exitdesk::ui {

class Language;

class LanguageSwitch : public QWidget
{
    Q_OBJECT
public:
    // language may be null: the buttons are then disabled.
    explicit LanguageSwitch(Language *language, QWidget *parent = nullptr);

    // The button of "kk" or "ru" (object name "language_kk" / "language_ru").
    QPushButton *button(const QString &code) const { return m_buttons.value(code); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();

    Language *m_language;
    QLabel *m_label;
    QButtonGroup *m_group;
    QMap<QString, QPushButton *> m_buttons;
};

} // namespace exitdesk::ui
