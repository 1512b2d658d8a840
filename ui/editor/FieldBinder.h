// Creates the questionnaire's input widgets, each bound to a field path of the editing
// session: typing writes the field, a change of the case refreshes the widget, and the
// findings for the path appear in a message line right under the field. Every widget is
// named after its path (objectName), so a finding, a test or a shortcut can find it.
#pragma once

#include "editor/WrappingLabel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace exitdesk::ui {

class CaseEditSession;

using Choices = QList<QPair<QVariant, QString>>; // value, text

class FieldBinder : public QObject
{
    Q_OBJECT
public:
    explicit FieldBinder(CaseEditSession *session, QObject *parent = nullptr);

    // Each adds a row "label: widget" with its message line to the form layout.
    QLineEdit *addText(QFormLayout *form, const QString &path, const QString &label);
    QLineEdit *addIin(QFormLayout *form, const QString &path, const QString &label);
    QLineEdit *addDate(QFormLayout *form, const QString &path, const QString &label);
    QComboBox *addChoice(QFormLayout *form, const QString &path, const QString &label, const Choices &choices);
    // A long list (countries) that is also found by typing any part of an entry's text, in
    // either language, or its code; the field keeps the entry's value, and a text that names
    // no entry is not stored (the box shows the stored entry again).
    QComboBox *addSearchableChoice(QFormLayout *form, const QString &path, const QString &label,
                                   const Choices &choices);
    QCheckBox *addFlag(QFormLayout *form, const QString &path, const QString &label);

    QWidget *widgetFor(const QString &path) const { return m_widgets.value(path); }
    QLabel *messageFor(const QString &path) const { return m_messages.value(path); }
    QStringList paths() const { return m_widgets.keys(); }

    // Dates are typed as dd.MM.yyyy; null for an empty or incomplete text.
    static QDate parseDate(const QString &text);

    // A "nothing entered" finding (field.required, choice.required) shows under a field only
    // once the operator has dealt with it — edited it, left it, or jumped to it from the
    // findings — or after revealAll(): an empty questionnaire is not a wall of red. Every
    // other finding shows at once.
    void markTouched(const QString &path);
    bool isTouched(const QString &path) const { return m_revealAll || m_touched.contains(path); }
    void revealAll();

    // An accepted questionnaire is browsed, not changed: texts stay selectable, choices and
    // flags ignore the keyboard and the mouse (Tab still moves on).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

public slots:
    // Puts the case's values into the widgets (after the case was replaced).
    void refreshValues();
    // Shows the findings (and local input problems) under each field.
    void refreshMessages();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addRow(QFormLayout *form, QWidget *editor, const QString &path, const QString &label);
    void commitDate(const QString &path, QLineEdit *edit);
    void commitTypedChoice(const QString &path, QComboBox *combo);
    // The entry a typed text names (whole text, code, or the only entry containing it); -1 if none.
    static int matchChoice(const QComboBox *combo, const QString &text);

    CaseEditSession *m_session;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, WrappingLabel *> m_messages;
    // Dates typed that the case cannot hold (e.g. 31.02.2020): shown until corrected.
    QSet<QString> m_badDates;
    QSet<QString> m_touched;
    bool m_revealAll = false;
    bool m_readOnly = false;
};

} // namespace exitdesk::ui
