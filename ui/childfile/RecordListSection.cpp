#include "childfile/RecordListSection.h"

#include "childfile/FieldWidgets.h"
#include "childfile/RowTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tongbao {

RecordListSection::RecordListSection(const QString& name, bool editable, QWidget* parent)
    : QWidget(parent)
    , m_editable(editable)
    , m_model(new RowTableModel(this)) {
    setObjectName(name + QStringLiteral("Section"));
    m_heading = makeGroupHeading(this, name + QStringLiteral("Heading"));
    m_note = new QLabel(this);
    m_note->setObjectName(name + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_table = new QTableView(this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_empty = new QLabel(this);
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral(
        "color: #5f6b7a; background: #f6f8fa; border: 1px dashed #c5ced8; border-radius: 6px;"
        " padding: 24px;"));
    // A list with nothing in it says so in words rather than showing an empty grid.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool empty = m_model->rowCount() == 0;
        m_table->setVisible(!empty);
        m_empty->setVisible(empty);
    });
    m_table->setStyleSheet(QStringLiteral(
        "QTableView { border: 1px solid #d5dce4; background: #ffffff;"
        "  alternate-background-color: #f6f8fa; selection-background-color: #cfe0f5;"
        "  selection-color: #10233a; }"
        "QTableView::item { padding: 4px 8px; }"
        "QHeaderView::section { background: #eef2f6; color: #34495e; border: none;"
        "  border-bottom: 1px solid #d5dce4; padding: 4px 8px; font-weight: 600; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    if (editable) {
        m_add = new QPushButton(this);
        m_add->setObjectName(name + QStringLiteral("AddButton"));
        m_edit = new QPushButton(this);
        m_edit->setObjectName(name + QStringLiteral("EditButton"));
        m_remove = new QPushButton(this);
        m_remove->setObjectName(name + QStringLiteral("RemoveButton"));
        auto* buttons = new QHBoxLayout;
        for (QPushButton* button : {m_add, m_edit, m_remove}) {
            button->setAutoDefault(false);
            buttons->addWidget(button);
        }
        buttons->addStretch();
        layout->addLayout(buttons);
        connect(m_add, &QPushButton::clicked, this, [this] { addRecord(); });
        connect(m_edit, &QPushButton::clicked, this, [this] {
            if (!currentId().isEmpty())
                editRecord(currentId());
        });
        connect(m_remove, &QPushButton::clicked, this, [this] {
            if (!currentId().isEmpty())
                removeRecord(currentId());
        });
        // Another office's record opens no form: it could only be refused on saving.
        connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
            const QString id = m_model->idAt(index.row());
            if (!m_readOnly && whyNotChangeable(id).isEmpty())
                editRecord(id);
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListSection::updateButtons);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &RecordListSection::updateButtons);
        updateButtons();
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
    m_empty->setVisible(false);
}

void RecordListSection::setContext(Ledger* ledger,
                                   ChildFileService* service,
                                   const QString& childId) {
    m_ledger = ledger;
    m_service = service;
    m_childId = childId;
    reload();
}

void RecordListSection::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (!m_editable)
        return;
    for (QPushButton* button : {m_add, m_edit, m_remove})
        button->setVisible(!readOnly);
    updateButtons();
}

void RecordListSection::updateButtons() {
    if (!m_editable)
        return;
    const QString adding = whyNotAdding();
    m_add->setEnabled(adding.isEmpty());
    m_add->setToolTip(adding);
    const QString id = currentId();
    const QString changing = id.isEmpty() ? QString() : whyNotChangeable(id);
    for (QPushButton* button : {m_edit, m_remove}) {
        button->setEnabled(!id.isEmpty() && changing.isEmpty());
        button->setToolTip(changing);
    }
}

QString RecordListSection::currentId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void RecordListSection::setTexts(const QString& heading,
                                 const QString& note,
                                 const QString& addText,
                                 const QString& emptyText) {
    m_heading->setText(heading);
    m_empty->setText(emptyText);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (m_editable) {
        m_add->setText(addText);
        m_edit->setText(tr("Edit…"));
        m_remove->setText(tr("Remove"));
    }
}

void RecordListSection::fitColumns() {
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 16, 320));
    m_table->resizeRowsToContents();
}

void RecordListSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

}  // namespace tongbao
