// The pages of the questionnaire editor, section by section as on Annex 1. Each function
// builds one page of bound fields; labels are the form's own (Kazakh / Russian).
#pragma once

#include "editor/FieldBinder.h"

class QWidget;

namespace exitdesk::ui {

class CaseEditSession;

namespace pages {

QWidget *personal(FieldBinder *binder);   // items 1-7
QWidget *birthPlace(FieldBinder *binder); // item 8, nationality, citizenship, military duty
QWidget *documents(FieldBinder *binder);  // identity document, passport, address, phone
QWidget *departure(FieldBinder *binder);  // items 9-10
QWidget *social(FieldBinder *binder);     // items 11-14 (16 years and over)
QWidget *children(FieldBinder *binder, CaseEditSession *session); // children table, alimony
QWidget *table(CaseEditSession *session, const QString &list, const QString &titleKey); // 15, 16
QWidget *consents(FieldBinder *binder);   // warnings and consents

// Country codes with their names as printed on the forms (:/forms/countries.json).
Choices countries();
// "choice.<group>.<code>" entries of the label table, e.g. group "purpose".
Choices numberedChoices(const QString &group, const QList<int> &codes);

} // namespace pages

} // namespace exitdesk::ui
