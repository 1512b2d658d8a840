#include "editor/RowTableEditor.h"

#include "Language.h"
#include "editor/CellDelegate.h"
#include "editor/FieldBinder.h"
#include "session/CaseEditSession.h"
#include "session/CaseFields.h"
#include "session/FormLabels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");
}

RowTableEditor::RowTableEditor(CaseEditSession *session, const QString &list, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(list), m_fields(CaseFields::rowFields(list)),
      m_table(new QTableWidget(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this))
{
    setObjectName(list);
    m_table->setObjectName(list + QStringLiteral("#table"));
    m_add->setObjectName(list + QStringLiteral("#add"));
    m_remove->setObjectName(list + QStringLiteral("#remove"));
    m_table->setColumnCount(m_fields.size());
    // "Kazakh / Russian" headers on two lines, each line whole.
    QStringList headers;
    for (const QString &f : m_fields)
        headers << FormLabels::bilingual(list + QLatin1Char('.') + f)
                       .replace(QStringLiteral(" / "), QStringLiteral("\n"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    fitColumnsToHeaders();
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new CellDelegate(m_fields, list, m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);

    connect(m_table, &QTableWidget::itemChanged, this, &RowTableEditor::cellChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_session->addRow(m_list);
        if (row >= 0) {
            m_table->setCurrentCell(row, 0);
            m_table->setFocus();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_session->removeRow(m_list, row);
    });
    connect(m_session, &CaseEditSession::rowsChanged, this, [this](const QString &l) {
        if (l == m_list)
            refreshRows();
    });
    connect(m_session, &CaseEditSession::findingsChanged, this, &RowTableEditor::refreshFindings);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslate();
    refreshRows();
}

QString RowTableEditor::path(int row, int column) const
{
    return m_list + QLatin1Char('[') + QString::number(row) + QStringLiteral("].") + m_fields.value(column);
}

void RowTableEditor::refreshRows()
{
    m_filling = true;
    const int rows = m_session->rowCount(m_list);
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_fields.size(); ++c) {
            const QString p = path(r, c);
            const QVariant v = m_session->value(p);
            auto *item = new QTableWidgetItem;
            if (m_readOnly)
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            switch (CaseFields::type(p)) {
            case FieldType::Flag:
                item->setFlags(m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(v.toBool() ? Qt::Checked : Qt::Unchecked);
                break;
            case FieldType::Date:
                item->setText(v.toDate().isValid() ? v.toDate().toString(kDateFormat) : QString());
                break;
            case FieldType::Number:
                item->setText(v.toInt() ? QString::number(v.toInt()) : QString());
                break;
            case FieldType::Text:
                if (m_fields.at(c) == QLatin1String("sex")) {
                    item->setData(Qt::UserRole, v.toString());
                    item->setText(v.toString().isEmpty()
                                      ? QString()
                                      : FormLabels::bilingual(QStringLiteral("choice.sex.") + v.toString()));
                } else {
                    item->setText(v.toString());
                }
                break;
            }
            m_table->setItem(r, c, item);
        }
    }
    m_remove->setEnabled(rows > 0 && !m_readOnly);
    m_filling = false;
    refreshFindings();
}

void RowTableEditor::cellChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const QString p = path(item->row(), item->column());
    QVariant value;
    switch (CaseFields::type(p)) {
    case FieldType::Flag:
        value = item->checkState() == Qt::Checked;
        break;
    case FieldType::Date:
        value = FieldBinder::parseDate(item->text());
        break;
    case FieldType::Number:
        value = item->text().trimmed().toInt();
        break;
    case FieldType::Text:
        value = m_fields.at(item->column()) == QLatin1String("sex") ? item->data(Qt::UserRole).toString()
                                                                     : item->text();
        break;
    }
    m_session->setValue(p, value);
}

void RowTableEditor::refreshFindings()
{
    const QString lang = Language::current();
    m_filling = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item)
                continue;
            QStringList lines;
            bool error = false;
            bool warning = false;
            for (const Finding &f : m_session->findingsAt(path(r, c))) {
                lines << f.message(lang);
                error = error || f.isError();
                warning = warning || (!f.isError() && !m_session->isConfirmed(f));
            }
            item->setToolTip(lines.join(QLatin1Char('\n')));
            item->setBackground(error ? QColor(0xff, 0xdd, 0xdd)
                                      : (warning ? QColor(0xff, 0xf0, 0xc0) : QBrush(Qt::NoBrush)));
        }
    }
    m_filling = false;
}

bool RowTableEditor::focusPath(const QString &p)
{
    const FieldPath fp = FieldPath::parse(p);
    if (fp.list != m_list || fp.row < 0 || fp.row >= m_table->rowCount())
        return false;
    const int column = qMax(0, m_fields.indexOf(fp.field));
    m_table->setFocus();
    m_table->setCurrentCell(fp.row, column);
    m_table->scrollToItem(m_table->item(fp.row, column));
    return true;
}

void RowTableEditor::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!readOnly);
    refreshRows();
}

void RowTableEditor::fitColumnsToHeaders()
{
    QHeaderView *header = m_table->horizontalHeader();
    // The current column's header is drawn in bold: room for that too.
    QFont boldFont = header->font();
    boldFont.setBold(true);
    const QFontMetrics normal(header->font());
    const QFontMetrics bold(boldFont);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        int extra = 0;
        const QStringList lines = m_table->model()->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            extra = qMax(extra, bold.horizontalAdvance(line) - normal.horizontalAdvance(line));
        header->resizeSection(c, qMax(header->defaultSectionSize(), header->sectionSizeHint(c) + extra));
    }
}

void RowTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumnsToHeaders();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshFindings();
    }
    QWidget::changeEvent(event);
}

void RowTableEditor::retranslate()
{
    m_add->setText(tr("&Add row"));
    m_remove->setText(tr("Remove row"));
}

} // namespace exitdesk::ui
