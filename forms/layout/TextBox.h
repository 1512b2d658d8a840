// A text laid out in a given width with the bundled font: wrapped at word boundaries,
// aligned, with underlined or bold runs for the values filled into the official text.
// Measures and paints in millimetres.
#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace exitdesk::forms {

class TextBox
{
public:
    struct Run
    {
        QString text;
        bool value = false; // a filled-in value: bold and underlined
    };

    TextBox(const QList<Run> &runs, const QFont &font, double widthMm, Qt::Alignment align = Qt::AlignLeft,
            double firstIndentMm = 0);
    TextBox(const QString &text, const QFont &font, double widthMm, Qt::Alignment align = Qt::AlignLeft);

    int lineCount() const;
    double lineTop(int line) const;    // mm from the top of the box
    double lineHeight(int line) const; // mm
    double height() const;             // mm
    double naturalWidth() const;       // mm, the widest line
    // Paints line `line` with the box's top left at (x, y) mm, the line at its own offset.
    void paintLine(QPainter &p, int line, double x, double y) const;
    void paint(QPainter &p, double x, double y) const;

private:
    void build(const QList<Run> &runs, const QFont &font, double widthMm, Qt::Alignment align, double firstIndentMm);

    std::shared_ptr<QTextLayout> m_layout;
};

} // namespace exitdesk::forms
