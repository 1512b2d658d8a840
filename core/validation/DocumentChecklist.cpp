#include "validation/DocumentChecklist.h"

#include "validation/Age.h"
#include "validation/DocumentNames.h"
#include "validation/ValidationTexts.h"

#include <algorithm>

namespace exitdesk {

namespace {

RequiredDocument document(DocumentKind kind, int child, bool expires, const Text3 &name)
{
    RequiredDocument d;
    d.kind = kind;
    d.child = child;
    d.expires = expires;
    d.nameKk = name.kk;
    d.nameRu = name.ru;
    d.nameEn = name.en;
    return d;
}

QString applicantIdentityKey(const QString &kind)
{
    if (kind == QLatin1String("residence-permit") || kind == QLatin1String("stateless-certificate"))
        return kind;
    return QStringLiteral("id-card"); // citizens; also when the kind is not entered yet
}

// The expiry of the applicant's identity documents as entered on the questionnaire: the
// earlier of the identity document's and the passport's.
QDate applicantIdentityExpiry(const Applicant &a)
{
    QDate expiry = a.identityDocument.expiresOn;
    if (a.passport.expiresOn.isValid() && (!expiry.isValid() || a.passport.expiresOn < expiry))
        expiry = a.passport.expiresOn;
    return expiry;
}

Finding documentFinding(const QString &code, const RequiredDocument &d)
{
    const Text3 name{d.nameEn, d.nameRu, d.nameKk};
    return ValidationTexts::make(code, DocumentChecklist::documentPath(d),
                                 {ValidationTexts::Arg{QStringLiteral("document"), name}});
}

} // namespace

QString DocumentChecklist::documentPath(const RequiredDocument &d)
{
    const QString tail = QStringLiteral("documents.") + documentKindKey(d.kind);
    return d.child >= 0 ? QStringLiteral("children[%1].").arg(d.child) + tail : tail;
}

QDate DocumentChecklist::questionnaireExpiry(const Case &c, const RequiredDocument &document)
{
    if (document.kind == DocumentKind::Identity && document.child < 0)
        return applicantIdentityExpiry(c.applicant);
    return {};
}

QString RequiredDocument::name(const QString &lang) const
{
    if (lang == QLatin1String("kk"))
        return nameKk;
    if (lang == QLatin1String("ru"))
        return nameRu;
    return nameEn;
}

QList<RequiredDocument> DocumentChecklist::required(const Case &c, const QDate &referenceDay)
{
    // In the order of Annex 2 item 8, children in the order of the questionnaire.
    QList<int> ages;
    for (const Child &child : c.children)
        ages << Age::fullYears(child.birthDate, referenceDay);
    const auto isMinor = [&](int i) { return ages.at(i) < 18; }; // unknown age (-1): listed as a child
    const auto needsConsent = [&](int i) { return isMinor(i) && c.children.at(i).otherParentInKazakhstan; };

    QList<RequiredDocument> list;
    list << document(DocumentKind::Questionnaire, -1, false,
                     DocumentNames::name(QStringLiteral("questionnaire")));
    list << document(DocumentKind::Identity, -1, true,
                     DocumentNames::name(applicantIdentityKey(c.applicant.identityDocument.kind)));
    for (int i = 0; i < c.children.size(); ++i) {
        const int age = ages.at(i);
        const QString key = age < 0    ? QStringLiteral("child-identity")
                            : age < 16 ? QStringLiteral("birth-certificate")
                                       : QStringLiteral("child-id-card");
        list << document(DocumentKind::Identity, i, age >= 16,
                         DocumentNames::forChild(key, c.children.at(i), i, age));
    }
    if (c.alimonyEnforcement) {
        list << document(DocumentKind::AlimonyAgreement, -1, false,
                         DocumentNames::name(QStringLiteral("alimony-agreement")));
    }
    for (int i = 0; i < c.children.size(); ++i) {
        if (ages.at(i) >= 10 && isMinor(i)) {
            list << document(DocumentKind::GuardianshipConclusion, i, false,
                             DocumentNames::forChild(QStringLiteral("guardianship-conclusion"),
                                                     c.children.at(i), i, ages.at(i)));
        }
    }
    for (int i = 0; i < c.children.size(); ++i) {
        if (needsConsent(i)) {
            list << document(DocumentKind::OtherParentConsent, i, false,
                             DocumentNames::forChild(QStringLiteral("other-parent-consent"), c.children.at(i),
                                                     i, ages.at(i)));
        }
    }
    list << document(DocumentKind::StateDutyReceipt, -1, false,
                     DocumentNames::name(QStringLiteral("state-duty-receipt")));

    bool registrationUnknown = c.alimonyEnforcement && !c.alimonyRecipientsRegistrationKnown;
    for (int i = 0; i < c.children.size(); ++i)
        registrationUnknown =
            registrationUnknown || (needsConsent(i) && !c.children.at(i).otherParentRegistrationKnown);
    if (registrationUnknown) {
        list << document(DocumentKind::RegistrationRequest, -1, false,
                         DocumentNames::name(QStringLiteral("registration-request")));
    }
    return list;
}

QList<ChecklistItem> DocumentChecklist::evaluate(const Case &c, const QDate &referenceDay)
{
    QList<ChecklistItem> items;
    for (const RequiredDocument &req : required(c, referenceDay)) {
        ChecklistItem item;
        item.document = req;
        const auto presented =
            std::find_if(c.documents.cbegin(), c.documents.cend(), [&](const PresentedDocument &p) {
                return p.presented && p.kind == req.kind && p.child == req.child;
            });
        if (presented != c.documents.cend()) {
            item.presented = true;
            QDate expiry = presented->expiresOn;
            if (!expiry.isValid())
                expiry = questionnaireExpiry(c, req);
            // A document is valid through its expiry day.
            item.expired = expiry.isValid() && expiry < referenceDay;
            item.expiryMissing = req.expires && !expiry.isValid();
        }
        items << item;
    }
    return items;
}

QList<ChecklistItem> DocumentChecklist::missingOrExpired(const Case &c, const QDate &referenceDay)
{
    QList<ChecklistItem> items = evaluate(c, referenceDay);
    items.erase(std::remove_if(items.begin(), items.end(), [](const ChecklistItem &i) { return i.ok(); }),
                items.end());
    return items;
}

Findings DocumentChecklist::findings(const Case &c, const QDate &referenceDay)
{
    Findings out;
    for (const ChecklistItem &item : missingOrExpired(c, referenceDay)) {
        out << documentFinding(item.presented ? QStringLiteral("document.expired") : QStringLiteral("document.missing"),
                               item.document);
    }
    out << expiryFindings(c, referenceDay);
    return out;
}

Findings DocumentChecklist::expiryFindings(const Case &c, const QDate &referenceDay)
{
    Findings out;
    for (const ChecklistItem &item : evaluate(c, referenceDay)) {
        if (item.expiryMissing)
            out << documentFinding(QStringLiteral("document.expiryMissing"), item.document);
    }
    return out;
}

} // namespace exitdesk
