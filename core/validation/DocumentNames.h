// The names of the documents of the package as printed on the checklist and on the refusal
// receipt (Annex 5), in Kazakh (the wording of seed 001, Annex 2 item 8), Russian and English.
// Per-child documents name the child and the age: "(Ахметов Алихан, 12 лет)".
#pragma once

#include "model/FamilyMembers.h"
#include "validation/Text3.h"

namespace exitdesk {

class DocumentNames
{
public:
    // key: questionnaire, id-card, residence-permit, stateless-certificate, birth-certificate,
    // child-id-card, child-identity (age unknown), alimony-agreement, guardianship-conclusion,
    // other-parent-consent, state-duty-receipt, registration-request. Empty when unknown.
    static Text3 name(const QString &key);
    // The name followed by "(Surname Name, age)" for child `index` aged `age` (-1: unknown).
    static Text3 forChild(const QString &key, const Child &child, int index, int age);
    // "12 лет", "1 год", "3 года", "12 жас", "age 12"; "до 1 года" for babies.
    static Text3 age(int years);
};

} // namespace exitdesk
