#include "model/Document.h"

#include <array>
#include <utility>

namespace exitdesk {

namespace {
const std::array<std::pair<DocumentKind, const char16_t *>, 7> kKeys{{
    {DocumentKind::Questionnaire, u"questionnaire"},
    {DocumentKind::Identity, u"identity"},
    {DocumentKind::AlimonyAgreement, u"alimony-agreement"},
    {DocumentKind::GuardianshipConclusion, u"guardianship-conclusion"},
    {DocumentKind::OtherParentConsent, u"other-parent-consent"},
    {DocumentKind::StateDutyReceipt, u"state-duty-receipt"},
    {DocumentKind::RegistrationRequest, u"registration-request"},
}};
} // namespace

QString documentKindKey(DocumentKind kind)
{
    for (const auto &[k, key] : kKeys) {
        if (k == kind)
            return QString::fromUtf16(key);
    }
    return QString();
}

bool documentKindFromKey(const QString &key, DocumentKind *kind)
{
    for (const auto &[k, name] : kKeys) {
        if (key == QString::fromUtf16(name)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace exitdesk
