#include "editor/CellDelegate.h"

#include "session/CaseFields.h"
#include "session/FormLabels.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>

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
    // No input masks: a masked cell that is empty or incomplete is not "acceptable input", and
    // the item view then keeps the cursor in it on Tab (the next typed text landed in the mask).
    // The validators take any partial input; the checks report what is incomplete or wrong.
    QString pattern;
    if (f == QLatin1String("iin"))
        pattern = QStringLiteral("\\d{0,12}");
    else if (type == FieldType::Date)
        pattern = QStringLiteral("[0-9.]{0,10}");
    else if (type == FieldType::Number)
        pattern = QStringLiteral("\\d{0,4}");
    else
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *edit = new QLineEdit(parent);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
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
