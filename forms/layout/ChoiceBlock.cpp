#include "layout/ChoiceBlock.h"

#include "FormFonts.h"
#include "layout/TextBox.h"

namespace exitdesk::forms {

namespace {
constexpr double kPad = 1;
constexpr double kBox = 3.2;
constexpr double kPoints = 8.5;
} // namespace

ChoiceBlock::ChoiceBlock(QString title, QStringList options, int chosen, int columns, QString note)
    : m_title(std::move(title)), m_options(std::move(options)), m_chosen(chosen), m_columns(std::max(1, columns)),
      m_note(std::move(note))
{
}

QList<Slice> ChoiceBlock::layout(double widthMm) const
{
    QList<Slice> slices;
    {
        QList<TextBox::Run> runs{{m_title, false}};
        auto title = std::make_shared<TextBox>(runs, FormFonts::font(9, true), widthMm - 2 * kPad);
        std::shared_ptr<TextBox> note;
        if (!m_note.isEmpty())
            note = std::make_shared<TextBox>(m_note, FormFonts::font(8, false, true), widthMm - 2 * kPad);
        Slice s;
        s.height = title->height() + (note ? note->height() : 0) + 2 * kPad;
        const double h = s.height;
        s.keepWithNext = true;
        s.paint = [title, note, h](QPainter &p, double x, double y, double width) {
            p.save();
            p.setPen(QPen(Qt::black, 0.25));
            p.drawRect(QRectF(x, y, width, h));
            title->paint(p, x + kPad, y + kPad);
            if (note)
                note->paint(p, x + kPad, y + kPad + title->height());
            p.restore();
        };
        slices << s;
    }
    const double cellWidth = widthMm / m_columns;
    for (int first = 0; first < m_options.size(); first += m_columns) {
        QList<std::shared_ptr<TextBox>> boxes;
        double height = 6;
        for (int i = first; i < std::min<int>(first + m_columns, m_options.size()); ++i) {
            auto box = std::make_shared<TextBox>(m_options.at(i), FormFonts::font(kPoints),
                                                 cellWidth - 3 * kPad - kBox);
            height = std::max(height, box->height() + 2 * kPad);
            boxes << box;
        }
        Slice s;
        s.height = height;
        const int chosen = m_chosen - first;
        s.keepWithNext = first + m_columns < m_options.size();
        s.paint = [boxes, height, cellWidth, chosen](QPainter &p, double x, double y, double) {
            p.save();
            p.setPen(QPen(Qt::black, 0.25));
            for (int c = 0; c < boxes.size(); ++c) {
                const double cx = x + c * cellWidth;
                p.drawRect(QRectF(cx, y, cellWidth, height));
                const QRectF box(cx + kPad, y + kPad + 0.3, kBox, kBox);
                p.drawRect(box);
                if (c == chosen) {
                    p.setPen(QPen(Qt::black, 0.45));
                    p.drawLine(box.topLeft(), box.bottomRight());
                    p.drawLine(box.topRight(), box.bottomLeft());
                    p.setPen(QPen(Qt::black, 0.25));
                }
                boxes.at(c)->paint(p, cx + 2 * kPad + kBox, y + kPad);
            }
            p.restore();
        };
        slices << s;
    }
    Slice space;
    space.height = 2.5;
    space.space = true;
    slices << space;
    return slices;
}

} // namespace exitdesk::forms
