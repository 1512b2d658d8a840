// Date fields of ExitDesk that take one Tab stop like every other field. A plain QDateEdit
// spends Tab on moving day -> month -> year, so a clerk tabbing through a form lands on the
// wrong field and types into it. Typing digits still fills day, month and year (the edit
// moves on by itself when a section is full, or on '.'), and Left/Right still move between
// sections. An empty field (a filter showing its special value «—») takes typed digits too.
// Use DateField where a QDateEdit would go and DateTimeField for a QDateTimeEdit.
#pragma once

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QKeyEvent>

namespace exitdesk::ui {

template <class Base>
class TabLeavingDateEdit : public Base
{
public:
    using Base::Base;

protected:
    // QDateTimeEdit's override steps through its sections; skip it and let focus move on.
    bool focusNextPrevChild(bool next) override { return QAbstractSpinBox::focusNextPrevChild(next); }

    // The special value's text («—») cannot be typed over: start from today's date, with the
    // day selected, and let the digit go on to overwrite day, month and year.
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool empty = !this->specialValueText().isEmpty() && this->dateTime() == this->minimumDateTime();
        if (empty && !event->text().isEmpty() && event->text().at(0).isDigit()) {
            QDate start = QDate::currentDate();
            if (start <= this->minimumDate())
                start = this->minimumDate().addDays(1);
            if (start > this->maximumDate())
                start = this->maximumDate();
            this->setDate(start);
            this->setCurrentSectionIndex(0);
            this->setSelectedSection(this->sectionAt(0));
        }
        Base::keyPressEvent(event);
    }
};

using DateField = TabLeavingDateEdit<QDateEdit>;
using DateTimeField = TabLeavingDateEdit<QDateTimeEdit>;

} // namespace exitdesk::ui
