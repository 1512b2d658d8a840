// The official forms the print module produces, with their command-line names and annexes.
#pragma once

#include <QList>
#include <QString>

namespace exitdesk::forms {

enum class FormKind {
    Questionnaire,       // Annex 1
    RegistrationRequest, // Annex 3
    Receipt,             // Annex 4
    RefusalToAccept,     // Annex 5
    Refusal,             // Annex 6
    RefusalElectronic,   // Annex 7
    Decision,            // Annex 8
    DecisionElectronic,  // Annex 9
};

QList<FormKind> allFormKinds();
// questionnaire | registration-request | receipt | refusal-to-accept | refusal | refusal-e |
// decision | decision-e
QString formKindKey(FormKind kind);
bool formKindFromKey(const QString &key, FormKind *kind);
int annexNumber(FormKind kind);
// 2 for the forms whose text says they are made «in 2 copies, one for each side» (Annexes 4,
// 5, 6), else 1: how many the desktop program prints at once.
int officialCopies(FormKind kind);

} // namespace exitdesk::forms
