// Every editable field of a case addressed by its field path, the same paths the checks put
// in Finding::path ("applicant.iin", "children[1].birthDate", "consents.dataUseConsentSigned").
// The questionnaire editor binds each widget to a path and a finding finds its widget by path.
#pragma once

#include "model/Case.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace exitdesk::ui {

enum class FieldType {
    Text,   // QString
    Date,   // QDate (null when not given)
    Number, // int (choice codes, years; 0 = not given)
    Flag,   // bool
};

// A parsed path: "children[1].iin" -> list "children", row 1, field "iin";
// "applicant.surname" -> list empty, row -1, field "applicant.surname".
struct FieldPath
{
    QString list;
    int row = -1;
    QString field;

    static FieldPath parse(const QString &path);
    QString toString() const;
    bool isRowField() const { return !list.isEmpty(); }
};

class CaseFields
{
public:
    // The scalar paths (applicant, from, to, purpose, alimony, consents) in form order.
    static QStringList scalarPaths();
    // The column fields of a table: "children", "relatives", "workHistory".
    static QStringList rowFields(const QString &list);
    static QStringList lists();

    static bool exists(const QString &path);
    static FieldType type(const QString &path);

    static QVariant value(const Case &c, const QString &path);
    // Sets a field; false for an unknown path or a row out of range. Text is trimmed of
    // surrounding spaces only where the form cannot mean them (not inside names).
    static bool setValue(Case &c, const QString &path, const QVariant &value);

    // Every text field that is null becomes empty (a field never touched is null; the
    // database distinguishes NULL from '' and requires text in several columns).
    static void fillNullTexts(Case &c);

    static int rowCount(const Case &c, const QString &list);
    static bool appendRow(Case &c, const QString &list);
    static bool removeRow(Case &c, const QString &list, int row);
};

} // namespace exitdesk::ui
