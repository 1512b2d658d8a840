#include "MessageBox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace exitdesk::ui {

namespace {

std::optional<MessageBox::Answer> &nextAnswer()
{
    static std::optional<MessageBox::Answer> answer;
    return answer;
}

std::optional<MessageBox::Answer> takeNextAnswer()
{
    std::optional<MessageBox::Answer> a = nextAnswer();
    nextAnswer().reset();
    return a;
}

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (takeNextAnswer())
        return;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("MessageBox", "OK"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace

void MessageBox::setNextAnswer(Answer answer)
{
    nextAnswer() = answer;
}

MessageBox::Answer MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    if (const auto a = takeNextAnswer())
        return *a;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(QCoreApplication::translate("MessageBox", "Save"), QMessageBox::YesRole);
    QPushButton *no = box.addButton(QCoreApplication::translate("MessageBox", "Do not save"), QMessageBox::NoRole);
    QPushButton *cancel = box.addButton(QCoreApplication::translate("MessageBox", "Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == yes)
        return Yes;
    if (box.clickedButton() == no)
        return No;
    return Cancel;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

} // namespace exitdesk::ui
