// Questions to the operator with buttons labelled in the program's language (Qt ships no
// Kazakh translation of its standard buttons). Tests answer the next question in advance,
// as KeePassXC's MessageBox::setNextAnswer does, so no modal box waits for a click.
#pragma once

#include <QString>

class QWidget;

namespace exitdesk::ui {

class MessageBox
{
public:
    enum Answer { Yes, No, Cancel, Ok };

    // Yes (save), No (discard), Cancel (stay).
    static Answer question(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The answer the next box returns at once, without being shown.
    static void setNextAnswer(Answer answer);
};

} // namespace exitdesk::ui
