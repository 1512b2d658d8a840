// The head of the case card: the case number and the applicant in large type, then the
// IIN, the destination, the children leaving with the applicant, the stage and the service
// due date.
#pragma once

#include "model/Case.h"
#include "workflow/WorkflowState.h"

#include <QWidget>

class QLabel;

namespace exitdesk::ui {

class CaseHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CaseHeader(QWidget *parent = nullptr);

    // state: null for a case that is not accepted (no workflow).
    void setCase(const Case &c, const WorkflowState *state, const QString &lang);

    QLabel *childrenLabel() const { return m_children; }
    QLabel *stageLabel() const { return m_stage; }

private:
    QLabel *addRow(int row, QLabel **caption);

    QLabel *m_title;
    QLabel *m_iinCaption, *m_iin;
    QLabel *m_toCaption, *m_to;
    QLabel *m_childrenCaption, *m_children;
    QLabel *m_stageCaption, *m_stage;
    QLabel *m_serviceCaption, *m_service;
};

} // namespace exitdesk::ui
