// The cell editor of the questionnaire's tables: a line taking only digits for IINs and years
// (digits and dots for dd.MM.yyyy dates), a choice for sex, plain text otherwise. Any partial
// or empty input may be left with Tab / Enter; the checks report it.
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace exitdesk::ui {

class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CellDelegate(QStringList fields, QString list, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QString field(const QModelIndex &index) const;
    QStringList m_fields;
    QString m_list;
};

} // namespace exitdesk::ui
