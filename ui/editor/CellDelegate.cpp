#include "editor/CellDelegate.h"

#include "session/CaseFields.h"
#include "session/FormLabels.h"

#include <QComboBox>
#include <QLineEdit>

namespace exitdesk::ui {

CellDelegate::CellDelegate(QStringList fields, QString list, QObject *parent)
    : QStyledItemDelegate(parent), m_fields(std::move(fields)), m_list(std::move(list))
{
}

QString CellDelegate::field(const QModelIndex &index) const
{
    return m_fields.value(index.column());
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QString f = field(index);
    const FieldType type = CaseFields::type(m_list + QStringLiteral("[0].") + f);
    if (f == QLatin1String("sex")) {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), QString());
        combo->addItem(FormLabels::bilingual(QStringLiteral("choice.sex.M")), QStringLiteral("M"));
        combo->addItem(FormLabels::bilingual(QStringLiteral("choice.sex.F")), QStringLiteral("F"));
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    if (f == QLatin1String("iin"))
        edit->setInputMask(QStringLiteral("999999999999;_"));
    else if (type == FieldType::Date)
        edit->setInputMask(QStringLiteral("99.99.9999;_"));
    else if (type == FieldType::Number)
        edit->setInputMask(QStringLiteral("9999;_"));
    else
        return QStyledItemDelegate::createEditor(parent, option, index);
    return edit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::UserRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace exitdesk::ui
