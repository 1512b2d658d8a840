#include "calendareditor/YearView.h"

#include "Language.h"
#include "calendareditor/CalendarLegend.h"
#include "calendareditor/DayStyle.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace exitdesk::ui {

namespace {

constexpr int kMonthColumns = 4;
constexpr int kMonthRows = 3;
constexpr int kWeeks = 6;
constexpr int kGap = 10; // between months

QLocale localeOf(const QString &lang)
{
    return lang == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Kazakhstan)
                                       : QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

YearView::YearView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("yearView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearView::setDays(int year, const QList<DayInfo> &days)
{
    m_year = year;
    m_days = days;
    if (!m_current.isValid() || m_current.year() != year)
        m_current = QDate(year, 1, 1);
    update();
}

DayInfo YearView::dayInfo(const QDate &date) const
{
    if (date.isValid() && date.year() == m_year) {
        const int i = date.dayOfYear() - 1;
        if (i >= 0 && i < m_days.size())
            return m_days.at(i);
    }
    DayInfo none;
    none.date = date;
    return none;
}

void YearView::setCurrentDate(const QDate &date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    update();
    emit currentDateChanged(date);
}

int YearView::titleHeight() const
{
    return fontMetrics().height() + 6;
}

int YearView::headerHeight() const
{
    return fontMetrics().height() + 2;
}

QRect YearView::monthRect(int month) const
{
    const int i = month - 1;
    const int w = (width() - kGap * (kMonthColumns - 1)) / kMonthColumns;
    const int h = (height() - kGap * (kMonthRows - 1)) / kMonthRows;
    return QRect((i % kMonthColumns) * (w + kGap), (i / kMonthColumns) * (h + kGap), w, h);
}

QRect YearView::dayRect(const QDate &date) const
{
    if (!date.isValid() || date.year() != m_year)
        return QRect();
    const QRect m = monthRect(date.month());
    const int top = m.top() + titleHeight() + headerHeight();
    const int cw = m.width() / 7;
    const int ch = (m.bottom() - top) / kWeeks;
    const int index = QDate(date.year(), date.month(), 1).dayOfWeek() - 1 + date.day() - 1;
    return QRect(m.left() + (index % 7) * cw, top + (index / 7) * ch, cw, ch);
}

QDate YearView::dateAt(const QPoint &pos) const
{
    if (m_year == 0)
        return QDate();
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(pos))
            continue;
        const QDate first(m_year, month, 1);
        for (int day = 1; day <= first.daysInMonth(); ++day) {
            const QDate d(m_year, month, day);
            if (dayRect(d).contains(pos))
                return d;
        }
    }
    return QDate();
}

QString YearView::dayText(const QDate &date) const
{
    if (!date.isValid())
        return QString();
    const QString lang = Language::current();
    const DayInfo info = dayInfo(date);
    QString text = date.toString(QStringLiteral("dd.MM.yyyy")) + QStringLiteral(", ")
        + localeOf(lang).standaloneDayName(date.dayOfWeek(), QLocale::LongFormat) + QLatin1Char('\n')
        + CalendarLegend::kindName(info.kind);
    const QString reason = info.reason.in(lang);
    if (!reason.isEmpty() && info.kind != DayKind::WeeklyDayOff)
        text += QStringLiteral(": ") + reason;
    return text;
}

QSize YearView::sizeHint() const
{
    const int cell = fontMetrics().height() + 8;
    const int monthW = 7 * (cell + 6);
    const int monthH = titleHeight() + headerHeight() + kWeeks * cell;
    return QSize(kMonthColumns * monthW + (kMonthColumns - 1) * kGap, kMonthRows * monthH + (kMonthRows - 1) * kGap);
}

QSize YearView::minimumSizeHint() const
{
    const int cell = fontMetrics().height() + 2;
    return QSize(kMonthColumns * 7 * cell + (kMonthColumns - 1) * kGap,
                 kMonthRows * (titleHeight() + headerHeight() + kWeeks * cell) + (kMonthRows - 1) * kGap);
}

void YearView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_year == 0)
        return;
    for (int month = 1; month <= 12; ++month)
        paintMonth(p, month);
}

void YearView::paintMonth(QPainter &p, int month) const
{
    const QLocale locale = localeOf(Language::current());
    const QRect m = monthRect(month);
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(m.left(), m.top(), m.width(), titleHeight()), Qt::AlignCenter,
               capitalised(locale.standaloneMonthName(month, QLocale::LongFormat)));

    const int cw = m.width() / 7;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    for (int dow = 1; dow <= 7; ++dow) {
        p.setPen(dow >= 6 ? QColor(0x99, 0x1a, 0x1a) : palette().color(QPalette::WindowText));
        p.drawText(QRect(m.left() + (dow - 1) * cw, m.top() + titleHeight(), cw, headerHeight()), Qt::AlignCenter,
                   locale.standaloneDayName(dow, QLocale::ShortFormat));
    }

    const QDate first(m_year, month, 1);
    for (int day = 1; day <= first.daysInMonth(); ++day) {
        const QDate d(m_year, month, day);
        const QRect r = dayRect(d);
        const DayInfo info = dayInfo(d);
        DayStyle::paintCell(p, r, info.kind);
        QFont f = font();
        f.setBold(DayStyle::bold(info.kind));
        p.setFont(f);
        p.setPen(DayStyle::foreground(info.kind));
        p.drawText(r, Qt::AlignCenter, QString::number(day));
        if (d == m_current) {
            // The cursor: drawn stronger when the view has the keyboard.
            QPen pen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 1);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(1, 1, -2, -2));
        }
    }
}

bool YearView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate d = dateAt(help->pos());
        if (d.isValid())
            QToolTip::showText(help->globalPos(), dayText(d), this, dayRect(d));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void YearView::keyPressEvent(QKeyEvent *event)
{
    if (!m_current.isValid()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentDate(m_current.addDays(-1));
        break;
    case Qt::Key_Right:
        setCurrentDate(m_current.addDays(1));
        break;
    case Qt::Key_Up:
        setCurrentDate(m_current.addDays(-7));
        break;
    case Qt::Key_Down:
        setCurrentDate(m_current.addDays(7));
        break;
    case Qt::Key_PageUp:
        setCurrentDate(m_current.addMonths(-1));
        break;
    case Qt::Key_PageDown:
        setCurrentDate(m_current.addMonths(1));
        break;
    case Qt::Key_Home:
        setCurrentDate(QDate(m_current.year(), 1, 1));
        break;
    case Qt::Key_End:
        setCurrentDate(QDate(m_current.year(), 12, 31));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void YearView::mousePressEvent(QMouseEvent *event)
{
    const QDate d = dateAt(event->position().toPoint());
    if (d.isValid())
        setCurrentDate(d);
    QWidget::mousePressEvent(event);
}

void YearView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate d = dateAt(event->position().toPoint());
    if (d.isValid()) {
        setCurrentDate(d);
        emit activated(d);
    }
}

void YearView::contextMenuEvent(QContextMenuEvent *event)
{
    QDate d = m_current;
    QPoint global = mapToGlobal(dayRect(m_current).center());
    if (event->reason() == QContextMenuEvent::Mouse) {
        d = dateAt(event->pos());
        global = event->globalPos();
        if (!d.isValid())
            return;
        setCurrentDate(d);
    }
    if (d.isValid())
        emit contextMenuRequested(d, global);
}

void YearView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
