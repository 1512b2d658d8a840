// The questionnaire (Annex 1) section by section: a list of sections on the left, the
// section's fields in the middle, the findings on the right. The last section is the
// document checklist of the intake. Displays a CaseEditSession and forwards input to it.
#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace exitdesk::ui {

class CaseEditSession;
class ChecklistPanel;
class FieldBinder;
class FindingsPanel;

class QuestionnaireEditor : public QWidget
{
    Q_OBJECT
public:
    enum Section { Personal, BirthPlace, Documents, Departure, Social, Children, Relatives, Work, Consents,
                   Checklist, SectionCount };

    explicit QuestionnaireEditor(CaseEditSession *session, QWidget *parent = nullptr);

    FieldBinder *binder() const { return m_binder; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    QListWidget *sectionList() const { return m_sections; }
    int currentSection() const;
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void showSection(int section);
    // Shows the section holding the field and puts the cursor in it; false when no widget
    // shows that path.
    bool jumpTo(const QString &path);
    // After the session's case was replaced.
    void refresh();
    // An accepted questionnaire: every part can be shown, scrolled and copied from, nothing
    // changed. The list of parts and the findings stay fully usable.
    void setReadOnly(bool readOnly);
    // Shows every finding under its field, "nothing entered" ones too (after an attempt to
    // accept): see FieldBinder::markTouched.
    void revealAllMessages();
    // The cursor in the questionnaire's first field (a new questionnaire is typed from there).
    void focusFirstField();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Shows the part `step` away from the current one and puts the cursor in its first field.
    void stepSection(int step);
    void retranslate();
    int sectionOf(QWidget *w) const;

    CaseEditSession *m_session;
    FieldBinder *m_binder;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
    FindingsPanel *m_findings;
    ChecklistPanel *m_checklist;
    bool m_readOnly = false;
};

} // namespace exitdesk::ui
