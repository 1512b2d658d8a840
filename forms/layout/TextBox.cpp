#include "layout/TextBox.h"

#include "FormFonts.h"

#include <QTextOption>

namespace exitdesk::forms {

namespace {
constexpr double k = FormFonts::unitsPerMm;
}

TextBox::TextBox(const QList<Run> &runs, const QFont &font, double widthMm, Qt::Alignment align, double firstIndentMm)
{
    build(runs, font, widthMm, align, firstIndentMm);
}

TextBox::TextBox(const QString &text, const QFont &font, double widthMm, Qt::Alignment align)
{
    build({Run{text, false}}, font, widthMm, align, 0);
}

void TextBox::build(const QList<Run> &runs, const QFont &font, double widthMm, Qt::Alignment align,
                    double firstIndentMm)
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Run &r : runs) {
        if (r.value) {
            QTextLayout::FormatRange f;
            f.start = int(text.size());
            f.length = int(r.text.size());
            f.format.setFontUnderline(true);
            f.format.setFontWeight(QFont::Bold);
            formats << f;
        }
        text += r.text;
    }
    // Line separators inside a text break the line but keep one paragraph.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setFormats(formats);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    double y = 0;
    bool first = true;
    const double width = widthMm * k;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        const double indent = first ? firstIndentMm * k : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, y));
        y += line.height();
        first = false;
    }
    m_layout->endLayout();
}

int TextBox::lineCount() const
{
    return m_layout->lineCount();
}

double TextBox::lineTop(int line) const
{
    return m_layout->lineAt(line).y() / k;
}

double TextBox::lineHeight(int line) const
{
    return m_layout->lineAt(line).height() / k;
}

double TextBox::height() const
{
    const int n = m_layout->lineCount();
    if (n == 0)
        return 0;
    const QTextLine last = m_layout->lineAt(n - 1);
    return (last.y() + last.height()) / k;
}

double TextBox::naturalWidth() const
{
    double w = 0;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine l = m_layout->lineAt(i);
        w = std::max(w, l.x() + l.naturalTextWidth());
    }
    return w / k;
}

void TextBox::paintLine(QPainter &p, int line, double x, double y) const
{
    p.save();
    p.translate(x, y);
    p.scale(1.0 / k, 1.0 / k);
    m_layout->lineAt(line).draw(&p, QPointF(0, 0));
    p.restore();
}

void TextBox::paint(QPainter &p, double x, double y) const
{
    p.save();
    p.translate(x, y);
    p.scale(1.0 / k, 1.0 / k);
    m_layout->draw(&p, QPointF(0, 0));
    p.restore();
}

} // namespace exitdesk::forms
