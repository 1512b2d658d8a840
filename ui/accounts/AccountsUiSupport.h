// Small helpers shared by the account, audit and database-settings screens: the language
// core messages are shown in, and a status line that tells an error from a success.
#pragma once

#include "Language.h"

#include <QLabel>
#include <QLayout>
#include <QString>

namespace exitdesk::ui::accounts {

// "kk" or "ru": the language the screens are in now, for core's three-language messages.
inline QString uiLang()
{
    return Language::current();
}

// Shows text under a form; an error in red, so a refusal is not mistaken for a success.
// The "error" property lets tests (and style sheets) tell the two apart.
inline void showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setProperty("error", error);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    label->setVisible(!text.isEmpty());
    // A top-level window does not grow by itself for a word-wrapped label that got taller:
    // make room, or the layout squeezes the fields instead.
    QWidget *window = label->window();
    if (window->isVisible() && window->layout()) {
        window->layout()->activate();
        const int needed = window->heightForWidth(window->width());
        if (needed > window->height())
            window->resize(window->width(), needed);
    }
}

// Shows a neutral remark (counts, progress): neither an error nor a success.
inline void showInfo(QLabel *label, const QString &text)
{
    showStatus(label, text, false);
    label->setStyleSheet(QString());
}

} // namespace exitdesk::ui::accounts
