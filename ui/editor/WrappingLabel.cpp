#include "editor/WrappingLabel.h"

#include <QEvent>
#include <QResizeEvent>

namespace exitdesk::ui {

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrappingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void WrappingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

QSize WrappingLabel::sizeHint() const
{
    if (maximumWidth() >= QWIDGETSIZE_MAX)
        return QLabel::sizeHint();
    const QMargins m = contentsMargins();
    const int extra = m.left() + m.right() + 2 * margin() + 2;
    int width = qMin(fontMetrics().horizontalAdvance(text()) + extra, maximumWidth());
    // The widest line when wrapped is all the width needed.
    width = qMin(width, fontMetrics().boundingRect(QRect(0, 0, width - extra, 0), Qt::TextWordWrap, text()).width() + extra);
    return QSize(width, heightForWidth(width));
}

void WrappingLabel::fitHeight()
{
    const int needed = heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

} // namespace exitdesk::ui
