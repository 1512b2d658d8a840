#include "editor/QuestionnaireEditor.h"

#include "editor/ChecklistPanel.h"
#include "editor/FieldBinder.h"
#include "editor/FindingsPanel.h"
#include "editor/QuestionnairePages.h"
#include "editor/RowTableEditor.h"
#include "session/CaseEditSession.h"
#include "session/CaseFields.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QHBoxLayout>

namespace exitdesk::ui {

QuestionnaireEditor::QuestionnaireEditor(CaseEditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_binder(new FieldBinder(session, this)),
      m_sections(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_findings(new FindingsPanel(session, this)), m_checklist(new ChecklistPanel(session, this))
{
    setObjectName(QStringLiteral("questionnaireEditor"));
    m_sections->setObjectName(QStringLiteral("sections"));
    m_pages->addWidget(pages::personal(m_binder));
    m_pages->addWidget(pages::birthPlace(m_binder));
    m_pages->addWidget(pages::documents(m_binder));
    m_pages->addWidget(pages::departure(m_binder));
    m_pages->addWidget(pages::social(m_binder));
    m_pages->addWidget(pages::children(m_binder, session));
    m_pages->addWidget(pages::table(session, QStringLiteral("relatives"), QStringLiteral("section.relatives")));
    m_pages->addWidget(pages::table(session, QStringLiteral("workHistory"), QStringLiteral("section.work")));
    m_pages->addWidget(pages::consents(m_binder));
    m_pages->addWidget(m_checklist);
    // The session reports a typed date that does not exist (31.02.1987) in the findings list
    // as such, not as "not filled in" (the binder keeps only a null date in the case).
    for (const QString &path : m_binder->paths()) {
        if (CaseFields::type(path) != FieldType::Date)
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(m_binder->widgetFor(path))) {
            connect(edit, &QLineEdit::textEdited, this,
                    [this, path](const QString &text) { m_session->setDateText(path, text); });
        }
    }
    for (int i = 0; i < SectionCount; ++i)
        m_sections->addItem(QString());
    // The names are never cut: the list is as wide as its longest name (see retranslate).
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setTextElideMode(Qt::ElideNone);
    // The style draws the current part the same with or without the keyboard focus: a frame
    // in the highlight colour shows where Tab has put it.
    m_sections->setStyleSheet(QStringLiteral("QListWidget:focus { border: 2px solid palette(highlight); }"));

    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Jumping to a finding shows its message under the field, "nothing entered" included.
    connect(m_findings, &FindingsPanel::jumpTo, this, [this](const QString &path) {
        m_binder->markTouched(path);
        jumpTo(path);
    });

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({240, 700, 320});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslate();
    m_sections->setCurrentRow(0);
    // A questionnaire saved before was worked on: everything it lacks is shown at once. A
    // new one shows a "missing" message only once a field was dealt with.
    if (session->caseData().id != 0)
        m_binder->revealAll();
    m_binder->refreshMessages();

    // Ctrl+PgDown / Ctrl+PgUp: the next or previous part of the questionnaire, from any field.
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setContext(Qt::WindowShortcut);
    connect(next, &QShortcut::activated, this, [this] { stepSection(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setContext(Qt::WindowShortcut);
    connect(previous, &QShortcut::activated, this, [this] { stepSection(-1); });

    // Tab goes from the list of parts through the part's fields to the findings, and on to
    // the window's buttons: the findings panel is built before the parts' fields, which
    // would otherwise put it first.
    QWidget *lastField = nullptr;
    for (QWidget *w = m_sections->nextInFocusChain(); w && w != m_sections; w = w->nextInFocusChain()) {
        if (m_pages->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            lastField = w;
    }
    if (lastField)
        QWidget::setTabOrder(lastField, m_findings->list());
}

void QuestionnaireEditor::stepSection(int step)
{
    const int section = currentSection() + step;
    if (section < 0 || section >= SectionCount)
        return;
    showSection(section);
    // Typing goes on in the new part's first field.
    const QList<QWidget *> children = m_pages->currentWidget()->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(m_pages->currentWidget())) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

int QuestionnaireEditor::currentSection() const
{
    return m_pages->currentIndex();
}

void QuestionnaireEditor::showSection(int section)
{
    if (section >= 0 && section < SectionCount)
        m_sections->setCurrentRow(section);
}

int QuestionnaireEditor::sectionOf(QWidget *w) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->isAncestorOf(w) || m_pages->widget(i) == w)
            return i;
    }
    return -1;
}

bool QuestionnaireEditor::jumpTo(const QString &path)
{
    // A document of the checklist ("documents.identity", "children[0].documents.identity").
    if (path.startsWith(QLatin1String("documents.")) || path.contains(QLatin1String("].documents."))) {
        showSection(Checklist);
        return m_checklist->focusPath(path);
    }
    // The field itself, else the nearest enclosing one ("applicant.passport" -> first passport field).
    if (QWidget *w = m_binder->widgetFor(path)) {
        showSection(sectionOf(w));
        w->setFocus(Qt::OtherFocusReason);
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p)) {
                area->ensureWidgetVisible(w);
                break;
            }
        }
        return true;
    }
    const FieldPath fp = FieldPath::parse(path);
    const QString list = fp.isRowField() ? fp.list : path;
    for (RowTableEditor *t : findChildren<RowTableEditor *>()) {
        if (t->list() != list)
            continue;
        showSection(sectionOf(t));
        if (!t->focusPath(path))
            t->table()->setFocus();
        return true;
    }
    for (const QString &candidate : m_binder->paths()) {
        if (candidate.startsWith(path + QLatin1Char('.')))
            return jumpTo(candidate);
    }
    return false;
}

void QuestionnaireEditor::refresh()
{
    m_binder->refreshValues();
}

void QuestionnaireEditor::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    m_binder->setReadOnly(readOnly);
    m_checklist->setReadOnly(readOnly);
    for (RowTableEditor *t : findChildren<RowTableEditor *>())
        t->setReadOnly(readOnly);
}

void QuestionnaireEditor::revealAllMessages()
{
    m_binder->revealAll();
}

void QuestionnaireEditor::focusFirstField()
{
    showSection(Personal);
    if (QWidget *w = m_binder->widgetFor(QStringLiteral("applicant.surname")))
        w->setFocus(Qt::OtherFocusReason);
}

void QuestionnaireEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_binder->refreshMessages();
    }
    QWidget::changeEvent(event);
}

void QuestionnaireEditor::retranslate()
{
    const QStringList names{
        tr("1–7. Personal data"),      tr("8. Place of birth, citizenship"), tr("Identity documents, address"),
        tr("9–10. Departure"),         tr("11–14. Social data"),            tr("Children leaving with the applicant"),
        tr("15. Close relatives"),     tr("16. Work in the last 5 years"),  tr("Warnings and consents"),
        tr("Documents presented"),
    };
    for (int i = 0; i < SectionCount && i < names.size(); ++i)
        m_sections->item(i)->setText(names.at(i));
    const int frame = 2 * m_sections->frameWidth() + m_sections->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_sections->setMinimumWidth(m_sections->sizeHintForColumn(0) + frame + 8);
}

} // namespace exitdesk::ui
