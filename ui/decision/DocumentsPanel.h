// The documents part of the case card: the decision (Annex 8, electronic Annex 9) once an
// approval is prepared, the refusal notice (Annex 6, electronic Annex 7) once a refusal is,
// in the form language chosen here; and the list of documents issued for the case with
// their copy numbers, who issued them, when, and why a copy was printed again.
#pragma once

#include "AppContext.h"
#include "FormKind.h"
#include "FormLanguage.h"
#include "accounts/Actor.h"
#include "model/Case.h"

#include <QGroupBox>
#include <QMap>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace exitdesk {
struct WorkflowState;
}

namespace exitdesk::ui {

class DocumentsPanel : public QGroupBox
{
    Q_OBJECT
public:
    DocumentsPanel(AppContext context, Actor actor, QWidget *parent = nullptr);

    void setActor(const Actor &actor) { m_actor = actor; }
    // state: null for a case that is not accepted.
    void setCase(const Case &c, const WorkflowState *state);

    forms::FormLanguage formLanguage() const;
    void setFormLanguage(forms::FormLanguage lang);

    QPushButton *button(forms::FormKind kind) const { return m_buttons.value(kind); }
    QComboBox *languageBox() const { return m_language; }
    QTableWidget *issuedTable() const { return m_issued; }

public slots:
    // Issues the form (asking for a reason when it is a reprint) and opens it in the print
    // preview. False when it was not issued; failed() then carries the reason, if any.
    bool issue(forms::FormKind kind);

signals:
    void documentIssued(const QString &formKind, int copyNumber);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadIssued();

    AppContext m_context;
    Actor m_actor;
    Case m_case;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QMap<forms::FormKind, QPushButton *> m_buttons;
    QTableWidget *m_issued;
};

} // namespace exitdesk::ui
