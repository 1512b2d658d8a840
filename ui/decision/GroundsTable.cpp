#include "decision/GroundsTable.h"

#include "GroundCatalogue.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace exitdesk::ui {

namespace {
enum Column { Number, Text, UntilKk, UntilRu };
}

GroundsTable::GroundsTable(const QString &lang, QWidget *parent) : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("grounds"));
    setHorizontalHeaderLabels({tr("No."), tr("Ground"), tr("Until (Kazakh)"), tr("Until (Russian)")});
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    const QList<forms::GroundText> &all = forms::GroundCatalogue::all();
    setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const forms::GroundText &g = all.at(row);
        auto *number = new QTableWidgetItem(QString::number(g.number));
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        number->setCheckState(Qt::Unchecked);
        number->setData(Qt::UserRole, g.number);
        setItem(row, Number, number);
        const QString text = lang == QLatin1String("ru") ? g.text.ru : g.text.kk;
        auto *textItem = new QTableWidgetItem(text);
        textItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        textItem->setToolTip(text);
        setItem(row, Text, textItem);
        setItem(row, UntilKk, new QTableWidgetItem(g.until.kk));
        setItem(row, UntilRu, new QTableWidgetItem(g.until.ru));
    }
    horizontalHeader()->setSectionResizeMode(Number, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(UntilKk, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(UntilRu, QHeaderView::Interactive);
    setColumnWidth(UntilKk, 200);
    setColumnWidth(UntilRu, 200);
    resizeRowsToContents();
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *) { emit groundsChanged(); });
}

void GroundsTable::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && currentRow() >= 0
        && state() != QAbstractItemView::EditingState) {
        QTableWidgetItem *number = item(currentRow(), Number);
        number->setCheckState(number->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void GroundsTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    resizeRowsToContents();
}

int GroundsTable::rowOf(int number) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, Number)->data(Qt::UserRole).toInt() == number)
            return row;
    }
    return -1;
}

QList<forms::RefusalGround> GroundsTable::grounds() const
{
    QList<forms::RefusalGround> list;
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, Number)->checkState() != Qt::Checked)
            continue;
        forms::RefusalGround g;
        g.number = item(row, Number)->data(Qt::UserRole).toInt();
        g.untilKk = item(row, UntilKk)->text().trimmed();
        g.untilRu = item(row, UntilRu)->text().trimmed();
        list << g;
    }
    return list;
}

void GroundsTable::setGrounds(const QList<forms::RefusalGround> &grounds)
{
    for (int row = 0; row < rowCount(); ++row)
        item(row, Number)->setCheckState(Qt::Unchecked);
    for (const forms::RefusalGround &g : grounds) {
        setChecked(g.number, true);
        if (!g.untilKk.isEmpty() || !g.untilRu.isEmpty())
            setUntil(g.number, g.untilKk, g.untilRu);
    }
}

void GroundsTable::setChecked(int number, bool checked)
{
    const int row = rowOf(number);
    if (row >= 0)
        item(row, Number)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void GroundsTable::setUntil(int number, const QString &kk, const QString &ru)
{
    const int row = rowOf(number);
    if (row < 0)
        return;
    if (!kk.isEmpty())
        item(row, UntilKk)->setText(kk);
    if (!ru.isEmpty())
        item(row, UntilRu)->setText(ru);
}

} // namespace exitdesk::ui
