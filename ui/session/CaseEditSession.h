// The editing state of one questionnaire at the counter, without any widget: the case being
// filled, the findings of the checks (recomputed at every change), the warnings the operator
// confirmed, and the document checklist derived from the case. The questionnaire editor only
// displays this object and forwards the operator's input to it; tests drive it directly.
#pragma once

#include "model/Case.h"
#include "validation/DocumentChecklist.h"
#include "validation/Finding.h"

#include <QObject>
#include <QSet>
#include <QVariant>

namespace exitdesk {
class Clock;
}

namespace exitdesk::ui {

class CaseEditSession : public QObject
{
    Q_OBJECT
public:
    explicit CaseEditSession(const Clock &clock, QObject *parent = nullptr);

    // Starts editing c: forgets confirmations, the modified flag and the local draft key.
    void setCase(const Case &c);
    // Replaces the case but keeps the confirmations that still apply (after storing it: the
    // id, number and submission time changed, the content did not).
    void updateCase(const Case &c);
    const Case &caseData() const { return m_case; }
    bool isModified() const { return m_modified; }
    // A read-only session (an accepted case shown at the counter) ignores every change.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void setModified(bool modified) { m_modified = modified; }

    // The name of the copy of this questionnaire kept on the workstation (LocalDrafts) while
    // the database could not take it; empty when there is none. setCase() forgets it.
    const QString &localDraftKey() const { return m_localDraftKey; }
    void setLocalDraftKey(const QString &key) { m_localDraftKey = key; }

    // Ages and expiry are judged on this day: the submission day once the case was handed
    // in, today (from the clock) while it is being filled.
    QDate referenceDay() const;

    QVariant value(const QString &path) const;
    // Sets a field (see CaseFields for the paths) and re-runs the checks. False for an unknown
    // path; setting the value a field already has changes nothing.
    bool setValue(const QString &path, const QVariant &value);
    // The text typed into a date field (dd.MM.yyyy). A complete text that is no date
    // (31.02.1987) leaves the case without a date, yet the field is not empty: displayed()
    // then words its field.required as date.invalid ("no such date"), until a date or nothing
    // is typed, or the case is replaced.
    void setDateText(const QString &path, const QString &text);
    bool hasInvalidDate(const QString &path) const { return m_invalidDates.contains(path); }
    int rowCount(const QString &list) const;
    // Appends an empty row and returns its index, or -1 for an unknown list.
    int addRow(const QString &list);
    bool removeRow(const QString &list, int row);

    // The field checks (CaseValidator::validateFields), in the validator's order, then the
    // presented documents whose expiry date is missing (DocumentChecklist::expiryFindings).
    const Findings &findings() const { return m_findings; }
    // The findings whose path is exactly path.
    Findings findingsAt(const QString &path) const;
    int errorCount() const;
    // A finding as the findings list shows it: field.required of a date field holding a typed
    // text that is no date becomes date.invalid (the field says the same); others unchanged.
    Finding displayed(const Finding &f) const;

    // Warnings are confirmed one by one; a confirmation lasts while the warning does.
    static QString findingKey(const Finding &f);
    bool isConfirmed(const Finding &f) const;
    void confirmWarning(const Finding &f, bool confirmed = true);
    int unconfirmedWarningCount() const;

    // The documents the case requires, and what was presented.
    const QList<ChecklistItem> &checklist() const { return m_checklist; }
    // Ticks the item as presented (or not), with the expiry date of documents that expire.
    void setPresented(int item, bool presented, const QDate &expiresOn = QDate());
    QList<ChecklistItem> missingOrExpired() const;

    // No errors and every warning confirmed: the questionnaire may be accepted.
    bool fieldsReady() const { return errorCount() == 0 && unconfirmedWarningCount() == 0; }
    bool packageComplete() const { return missingOrExpired().isEmpty(); }
    bool canAccept() const { return fieldsReady() && packageComplete(); }

signals:
    // Any change of the case (field, row, document).
    void changed();
    void findingsChanged();
    void checklistChanged();
    void rowsChanged(const QString &list);

private:
    void revalidate();
    PresentedDocument *presentedFor(const RequiredDocument &doc);

    const Clock &m_clock;
    Case m_case;
    Findings m_findings;
    QSet<QString> m_confirmed;
    QSet<QString> m_invalidDates; // date fields holding a typed text that is no date
    QList<ChecklistItem> m_checklist;
    bool m_modified = false;
    bool m_readOnly = false;
    QString m_localDraftKey;
};

} // namespace exitdesk::ui
