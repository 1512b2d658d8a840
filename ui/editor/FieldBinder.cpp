#include "editor/FieldBinder.h"

#include "Language.h"
#include "session/CaseEditSession.h"
#include "session/CaseFields.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QEvent>
#include <QKeyEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QVBoxLayout>

#include <algorithm>

namespace exitdesk::ui {

namespace {
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");

// "Nothing entered yet": a text, a choice, or a signature box not ticked.
bool isRequiredCode(const QString &code)
{
    return code == QLatin1String("field.required") || code == QLatin1String("choice.required")
        || code == QLatin1String("consent.missing");
}

// A choice whose options are too long for one line of the box (items 10-14): the closed box
// shows the chosen option wrapped on whole words and grows to its lines.
const char kWraps[] = "exitdeskWrapsText";

QStyleOptionComboBox closedBoxOption(const QComboBox *combo)
{
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.editable = false;
    opt.frame = combo->hasFrame();
    opt.subControls = QStyle::SC_All;
    return opt;
}

// Where the option's text goes in the closed box, a little inside the edit field as QStyle
// draws it.
QRect wrappedTextRect(const QComboBox *combo)
{
    const QStyleOptionComboBox opt = closedBoxOption(combo);
    return combo->style()
        ->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo)
        .adjusted(2, 0, -2, 0);
}

void paintWrapped(QComboBox *combo)
{
    QStylePainter painter(combo);
    QStyleOptionComboBox opt = closedBoxOption(combo);
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    painter.drawItemText(wrappedTextRect(combo), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, opt.palette,
                         combo->isEnabled(), combo->currentText(), QPalette::ButtonText);
}

// As tall as the chosen option's lines, measured the way QComboBox measures one line.
void fitWrappedHeight(QComboBox *combo)
{
    if (combo->isEditable() || !combo->property(kWraps).toBool())
        return;
    const QFontMetrics fm = combo->fontMetrics();
    const int width = std::max(1, wrappedTextRect(combo).width());
    const int text = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, combo->currentText()).height();
    const QStyleOptionComboBox opt = closedBoxOption(combo);
    const int height =
        combo->style()
            ->sizeFromContents(QStyle::CT_ComboBox, &opt, QSize(width, std::max(std::max(text, fm.height()), 14) + 2), combo)
            .height();
    if (combo->minimumHeight() != height || combo->maximumHeight() != height)
        combo->setFixedHeight(height);
}

void setSeverity(QWidget *w, const QString &severity)
{
    if (w->property("severity").toString() == severity)
        return;
    w->setProperty("severity", severity);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

FieldBinder::FieldBinder(CaseEditSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(m_session, &CaseEditSession::findingsChanged, this, &FieldBinder::refreshMessages);
}

QDate FieldBinder::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != kDateFormat.size())
        return {};
    return QDate::fromString(t, kDateFormat);
}

QLabel *FieldBinder::addRow(QFormLayout *form, QWidget *editor, const QString &path, const QString &label)
{
    editor->setObjectName(path);
    editor->installEventFilter(this);
    auto *message = new WrappingLabel;
    message->setObjectName(path + QStringLiteral("#message"));
    message->setVisible(false);
    // The cell takes the whole field column, so a message under a narrow editor (a combo box,
    // a date) wraps at the column's width, not at the editor's.
    auto *cell = new QWidget;
    cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(1);
    const bool grows = editor->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    box->addWidget(editor, 0, grows ? Qt::Alignment() : Qt::AlignLeft);
    box->addWidget(message);
    auto *caption = new WrappingLabel(label);
    caption->setBuddy(editor);
    // One long caption (item 8's «previous citizenship», item 4's «previous names») would
    // otherwise widen the whole label column and squeeze every field of the part: captions
    // wrap at about 40 characters instead.
    caption->setMaximumWidth(caption->fontMetrics().averageCharWidth() * 40);
    form->addRow(caption, cell);
    m_widgets.insert(path, editor);
    m_messages.insert(path, message);
    return message;
}

QLineEdit *FieldBinder::addText(QFormLayout *form, const QString &path, const QString &label)
{
    auto *edit = new QLineEdit;
    edit->setText(m_session->value(path).toString());
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &text) {
        m_touched.insert(path);
        m_session->setValue(path, text);
    });
    addRow(form, edit, path, label);
    return edit;
}

QLineEdit *FieldBinder::addIin(QFormLayout *form, const QString &path, const QString &label)
{
    QLineEdit *edit = addText(form, path, label);
    // Digits only, at most twelve; a shorter number stays visible to the check (iin.format).
    edit->setInputMask(QStringLiteral("999999999999;_"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")));
    return edit;
}

QLineEdit *FieldBinder::addDate(QFormLayout *form, const QString &path, const QString &label)
{
    auto *edit = new QLineEdit;
    edit->setInputMask(QStringLiteral("99.99.9999;_"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00.00.000000")));
    const QDate d = m_session->value(path).toDate();
    edit->setText(d.isValid() ? d.toString(kDateFormat) : QString());
    connect(edit, &QLineEdit::textEdited, this, [this, path, edit] { commitDate(path, edit); });
    addRow(form, edit, path, label);
    return edit;
}

void FieldBinder::commitDate(const QString &path, QLineEdit *edit)
{
    const QString digits = edit->text().remove(QLatin1Char('.')).trimmed();
    const QDate d = parseDate(edit->text());
    const bool complete = digits.size() == 8;
    const bool bad = complete && !d.isValid();
    const bool wasBad = m_badDates.contains(path);
    if (bad)
        m_badDates.insert(path);
    else
        m_badDates.remove(path);
    m_session->setValue(path, d);
    if (bad != wasBad)
        refreshMessages();
}

QComboBox *FieldBinder::addChoice(QFormLayout *form, const QString &path, const QString &label,
                                  const Choices &choices)
{
    auto *combo = new QComboBox;
    // The empty first entry: "not chosen yet".
    combo->addItem(QString(), CaseFields::type(path) == FieldType::Number ? QVariant(0) : QVariant(QString()));
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    // Long entries (country names in both languages) show whole in the open list; the box
    // itself need not be as wide as the longest one.
    // The box fills the field column and never asks for more than a short entry's width, so
    // a part is never wider than its pane (no sideways scrolling); the open list is wider.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0));
    combo->setCurrentIndex(qMax(0, combo->findData(m_session->value(path))));
    // Options longer than a box of ~40 characters (the bilingual ones of items 10-14) wrap
    // in the closed box rather than being cut.
    int longest = 0;
    for (int i = 0; i < combo->count(); ++i)
        longest = std::max(longest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
    if (longest > combo->fontMetrics().averageCharWidth() * 40) {
        combo->setProperty(kWraps, true);
        connect(combo, &QComboBox::currentIndexChanged, combo, [combo] {
            fitWrappedHeight(combo);
            combo->update();
        });
    }
    connect(combo, qOverload<int>(&QComboBox::activated), this,
            [this, path, combo](int index) {
                m_touched.insert(path);
                m_session->setValue(path, combo->itemData(index));
            });
    addRow(form, combo, path, label);
    return combo;
}

QComboBox *FieldBinder::addSearchableChoice(QFormLayout *form, const QString &path, const QString &label,
                                            const Choices &choices)
{
    QComboBox *combo = addChoice(form, path, label, choices);
    combo->setProperty(kWraps, false);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // Any part of the entry, in any case: «гер» finds «DE — Германия / Германия», «қаз» finds
    // Kazakhstan; the list pops up under the box while typing.
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCompletionColumn(combo->modelColumn());
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->setCurrentIndex(qMax(0, combo->findData(m_session->value(path))));
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this, path, combo](const QString &text) {
        const int index = combo->findText(text, Qt::MatchFixedString);
        if (index < 0)
            return;
        combo->setCurrentIndex(index);
        m_touched.insert(path);
        m_session->setValue(path, combo->itemData(index));
    });
    // A code typed in full is taken at once, as the closed list did («DE»).
    connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, path, combo](const QString &text) {
        const QString code = text.trimmed();
        if (code.size() < 2)
            return;
        for (int i = 1; i < combo->count(); ++i) {
            if (combo->itemData(i).toString().compare(code, Qt::CaseInsensitive) == 0) {
                m_touched.insert(path);
                m_session->setValue(path, combo->itemData(i));
                return;
            }
        }
    });
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, path, combo] { commitTypedChoice(path, combo); });
    return combo;
}

int FieldBinder::matchChoice(const QComboBox *combo, const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return 0;
    int only = -1;
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemText(i).compare(text, Qt::CaseInsensitive) == 0
            || combo->itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0)
            return i;
        if (combo->itemText(i).contains(text, Qt::CaseInsensitive))
            only = only == -1 ? i : -2;
    }
    return only >= 0 ? only : -1;
}

void FieldBinder::commitTypedChoice(const QString &path, QComboBox *combo)
{
    if (m_readOnly)
        return;
    // Left without typing (a value from elsewhere the list lacks shows empty): nothing changes.
    const int index = combo->lineEdit()->isModified() ? matchChoice(combo, combo->lineEdit()->text()) : -1;
    if (index >= 0) {
        m_touched.insert(path);
        if (combo->itemData(index) != m_session->value(path))
            m_session->setValue(path, combo->itemData(index));
    }
    // A text naming no entry (or several) is not stored: the box shows the stored entry again.
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(m_session->value(path))));
    combo->lineEdit()->setText(combo->currentText());
}

QCheckBox *FieldBinder::addFlag(QFormLayout *form, const QString &path, const QString &label)
{
    auto *box = new QCheckBox;
    box->setChecked(m_session->value(path).toBool());
    connect(box, &QCheckBox::toggled, this, [this, path](bool on) {
        m_touched.insert(path);
        m_session->setValue(path, on);
    });
    addRow(form, box, path, label);
    return box;
}

void FieldBinder::refreshValues()
{
    m_badDates.clear();
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const QVariant v = m_session->value(it.key());
        QWidget *w = it.value();
        const QSignalBlocker block(w);
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            combo->setCurrentIndex(qMax(0, combo->findData(v)));
            if (combo->lineEdit())
                combo->lineEdit()->setText(combo->currentText());
            fitWrappedHeight(combo);
            combo->update();
        } else if (auto *box = qobject_cast<QCheckBox *>(w)) {
            box->setChecked(v.toBool());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (v.userType() == QMetaType::QDate)
                edit->setText(v.toDate().isValid() ? v.toDate().toString(kDateFormat) : QString());
            else
                edit->setText(v.toString());
        }
    }
    refreshMessages();
}

void FieldBinder::refreshMessages()
{
    const QString lang = Language::current();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString &path = it.key();
        QStringList lines;
        QString severity;
        if (m_badDates.contains(path)) {
            lines << tr("No such date: type the day, month and year as dd.mm.yyyy.");
            severity = QStringLiteral("error");
        }
        for (const Finding &f : m_session->findingsAt(path)) {
            // A date that does not exist is not "missing" as well; an untouched field is not
            // yet "missing" at all.
            if (isRequiredCode(f.code) && (m_badDates.contains(path) || !isTouched(path)))
                continue;
            const bool confirmed = m_session->isConfirmed(f);
            lines << (f.isError() ? QString() : (confirmed ? tr("Confirmed: ") : tr("Warning: "))) + f.message(lang);
            if (f.isError())
                severity = QStringLiteral("error");
            else if (severity.isEmpty())
                severity = confirmed ? QStringLiteral("confirmed") : QStringLiteral("warning");
        }
        WrappingLabel *label = it.value();
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
        label->fitHeight();
        const QString color = severity == QLatin1String("error")
            ? QStringLiteral("#b00020")
            : (severity == QLatin1String("warning") ? QStringLiteral("#8a5a00") : QStringLiteral("#2e6b2e"));
        label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
        setSeverity(m_widgets.value(path), severity);
    }
}

void FieldBinder::markTouched(const QString &path)
{
    if (!m_widgets.contains(path) || isTouched(path))
        return;
    m_touched.insert(path);
    refreshMessages();
}

void FieldBinder::revealAll()
{
    if (m_revealAll)
        return;
    m_revealAll = true;
    refreshMessages();
}

void FieldBinder::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *w : std::as_const(m_widgets)) {
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setReadOnly(readOnly);
        else if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->lineEdit())
            combo->lineEdit()->setReadOnly(readOnly);
    }
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    auto *w = qobject_cast<QWidget *>(watched);
    if (!w)
        return QObject::eventFilter(watched, event);
    if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->property(kWraps).toBool() && !combo->isEditable()) {
        if (event->type() == QEvent::Paint) {
            paintWrapped(combo);
            return true;
        }
        if (event->type() == QEvent::Resize)
            fitWrappedHeight(combo);
    }
    // Left for another field; not merely a popup opening or another window coming up.
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            markTouched(w->objectName());
    }
    // Line edits are read-only by their own property; choices and flags must not change.
    if (m_readOnly && (qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w))) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease: {
            const int key = static_cast<QKeyEvent *>(event)->key();
            return key != Qt::Key_Tab && key != Qt::Key_Backtab && key != Qt::Key_Escape;
        }
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace exitdesk::ui
