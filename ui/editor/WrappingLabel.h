// A word-wrapped label that asks its layout for the height its wrapped text really needs.
// QFormLayout sizes a row from a word-wrapped label's size hint (a guessed width), so a label
// or message that wraps into more lines than guessed is cut; this one sets its minimum height
// from heightForWidth() of the width it actually got.
#pragma once

#include <QLabel>

namespace exitdesk::ui {

class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(const QString &text = QString(), QWidget *parent = nullptr);
    // Call after setText(): QLabel::setText is not virtual.
    void fitHeight();
    // With a maximum width set (a caption), the label asks for one line up to that width and
    // wraps only beyond it, instead of QLabel's guess, which breaks even short captions.
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace exitdesk::ui
