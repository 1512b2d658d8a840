#include "session/CaseEditSession.h"

#include "Clock.h"
#include "session/CaseFields.h"
#include "validation/CaseValidator.h"
#include "validation/ValidationTexts.h"

namespace exitdesk::ui {

namespace {

// Puts `key` in or out of `set`; whether that changed anything.
bool setMember(QSet<QString> &set, const QString &key, bool member)
{
    if (member == set.contains(key))
        return false;
    if (member)
        set.insert(key);
    else
        set.remove(key);
    return true;
}

} // namespace

CaseEditSession::CaseEditSession(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    revalidate();
}

void CaseEditSession::setCase(const Case &c)
{
    m_case = c;
    m_confirmed.clear();
    m_invalidDates.clear();
    m_modified = false;
    m_localDraftKey.clear();
    revalidate();
    for (const QString &list : CaseFields::lists())
        emit rowsChanged(list);
    emit changed();
}

void CaseEditSession::updateCase(const Case &c)
{
    m_case = c;
    m_invalidDates.clear();
    revalidate();
    for (const QString &list : CaseFields::lists())
        emit rowsChanged(list);
    emit changed();
}

QDate CaseEditSession::referenceDay() const
{
    return m_case.submittedAt.isValid() ? m_case.submissionDay() : m_clock.today();
}

QVariant CaseEditSession::value(const QString &path) const
{
    return CaseFields::value(m_case, path);
}

bool CaseEditSession::setValue(const QString &path, const QVariant &value)
{
    if (!CaseFields::exists(path) || m_readOnly)
        return false;
    if (CaseFields::value(m_case, path) == value)
        return true;
    if (!CaseFields::setValue(m_case, path, value))
        return false;
    m_modified = true;
    revalidate();
    emit changed();
    return true;
}

void CaseEditSession::setDateText(const QString &path, const QString &text)
{
    if (!CaseFields::exists(path) || CaseFields::type(path) != FieldType::Date || m_readOnly)
        return;
    const QString t = text.trimmed();
    int digits = 0;
    for (const QChar ch : t)
        digits += ch.isDigit() ? 1 : 0;
    const bool invalid =
        digits == 8 && !QDate::fromString(t, QStringLiteral("dd.MM.yyyy")).isValid();
    if (setMember(m_invalidDates, path, invalid))
        emit findingsChanged();
}

Finding CaseEditSession::displayed(const Finding &f) const
{
    if (f.code == QLatin1String("field.required") && m_invalidDates.contains(f.path)
        && !CaseFields::value(m_case, f.path).toDate().isValid())
        return ValidationTexts::make(QStringLiteral("date.invalid"), f.path);
    return f;
}

int CaseEditSession::rowCount(const QString &list) const
{
    return CaseFields::rowCount(m_case, list);
}

int CaseEditSession::addRow(const QString &list)
{
    if (m_readOnly)
        return -1;
    if (!CaseFields::appendRow(m_case, list))
        return -1;
    m_modified = true;
    revalidate();
    emit rowsChanged(list);
    emit changed();
    return CaseFields::rowCount(m_case, list) - 1;
}

bool CaseEditSession::removeRow(const QString &list, int row)
{
    if (m_readOnly)
        return false;
    if (!CaseFields::removeRow(m_case, list, row))
        return false;
    if (list == QLatin1String("children")) {
        // Documents recorded for the removed child go; those of later children move up.
        QList<PresentedDocument> kept;
        for (PresentedDocument d : m_case.documents) {
            if (d.child == row)
                continue;
            if (d.child > row)
                --d.child;
            kept << d;
        }
        m_case.documents = kept;
    }
    m_modified = true;
    revalidate();
    emit rowsChanged(list);
    emit changed();
    return true;
}

Findings CaseEditSession::findingsAt(const QString &path) const
{
    Findings out;
    for (const Finding &f : m_findings) {
        if (f.path == path)
            out << f;
    }
    return out;
}

int CaseEditSession::errorCount() const
{
    int n = 0;
    for (const Finding &f : m_findings)
        n += f.isError() ? 1 : 0;
    return n;
}

QString CaseEditSession::findingKey(const Finding &f)
{
    return f.code + QLatin1Char('@') + f.path;
}

bool CaseEditSession::isConfirmed(const Finding &f) const
{
    return !f.isError() && m_confirmed.contains(findingKey(f));
}

void CaseEditSession::confirmWarning(const Finding &f, bool confirmed)
{
    if (f.isError())
        return;
    const QString key = findingKey(f);
    if (setMember(m_confirmed, key, confirmed))
        emit findingsChanged();
}

int CaseEditSession::unconfirmedWarningCount() const
{
    int n = 0;
    for (const Finding &f : m_findings)
        n += (!f.isError() && !m_confirmed.contains(findingKey(f))) ? 1 : 0;
    return n;
}

PresentedDocument *CaseEditSession::presentedFor(const RequiredDocument &doc)
{
    for (PresentedDocument &d : m_case.documents) {
        if (d.kind == doc.kind && d.child == doc.child)
            return &d;
    }
    return nullptr;
}

void CaseEditSession::setPresented(int item, bool presented, const QDate &expiresOn)
{
    if (item < 0 || item >= m_checklist.size() || m_readOnly)
        return;
    const RequiredDocument doc = m_checklist.at(item).document;
    PresentedDocument *d = presentedFor(doc);
    if (!d) {
        PresentedDocument added;
        added.kind = doc.kind;
        added.child = doc.child;
        m_case.documents << added;
        d = &m_case.documents.last();
    }
    if (d->presented == presented && d->expiresOn == expiresOn)
        return;
    d->presented = presented;
    d->expiresOn = expiresOn;
    m_modified = true;
    revalidate();
    emit changed();
}

QList<ChecklistItem> CaseEditSession::missingOrExpired() const
{
    QList<ChecklistItem> out;
    for (const ChecklistItem &i : m_checklist) {
        if (!i.ok())
            out << i;
    }
    return out;
}

void CaseEditSession::revalidate()
{
    const QDate day = referenceDay();
    m_findings = CaseValidator::validateFields(m_case, day);
    // A presented document without its expiry date blocks acceptance like a field error.
    m_findings << DocumentChecklist::expiryFindings(m_case, day);
    // A confirmation lasts only while its warning is still there.
    QSet<QString> present;
    for (const Finding &f : m_findings)
        present.insert(findingKey(f));
    m_confirmed.intersect(present);
    m_checklist = DocumentChecklist::evaluate(m_case, day);
    emit findingsChanged();
    emit checklistChanged();
}

} // namespace exitdesk::ui
