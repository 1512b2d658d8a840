// The state bodies whose approval a case needs (rules §9, SPEC.md §2 stage 5).
#pragma once

#include "calendar/LocalizedText.h"

#include <QList>
#include <QString>

namespace exitdesk {

enum class ApprovalBody {
    Knb,    // "knb": National Security Committee (through «Бүркіт-ИМ»)
    Kpsisu, // "kpsisu": Committee on Legal Statistics and Special Records, General Prosecutor's Office
    Moj,    // "moj": Ministry of Justice
    Kgd,    // "kgd": State Revenue Committee, Ministry of Finance
    Mod,    // "mod": Ministry of Defence
};

QString approvalBodyKey(ApprovalBody body);
bool approvalBodyFromKey(const QString &key, ApprovalBody *body);
QList<ApprovalBody> allApprovalBodies();
LocalizedText approvalBodyName(ApprovalBody body);

} // namespace exitdesk
