#include "childfile/HouseholdPickerDialog.h"

#include "childfile/RowTableModel.h"
#include "register/FieldLabels.h"
#include "storage/ChildFileQueries.h"
#include "storage/Ledger.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tongbao {

namespace {
constexpr int kMostShown = 200;
}

HouseholdPickerDialog::HouseholdPickerDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_model(new RowTableModel(this)) {
    setObjectName(QStringLiteral("householdPicker"));
    setWindowTitle(tr("Choose the household"));
    m_hint = new QLabel(tr("Type part of the head's name, the phone, the address or a child's "
                           "name. Enter chooses the household selected."),
                        this);
    m_hint->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("householdSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_model->setHeaders(
        {FieldLabels::label(QStringLiteral("household"), QStringLiteral("head_name")),
         FieldLabels::label(QStringLiteral("household"), QStringLiteral("village_group")),
         FieldLabels::label(QStringLiteral("household"), QStringLiteral("phone")),
         tr("Children on file"),
         FieldLabels::label(QStringLiteral("household"), QStringLiteral("address"))});

    m_choose = new QPushButton(tr("Choose"), this);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_choose->setAutoDefault(false);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_choose);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_hint);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(760, 460);

    connect(m_search, &QLineEdit::textChanged, this, &HouseholdPickerDialog::search);
    connect(m_table, &QTableView::activated, this, &HouseholdPickerDialog::choose);
    connect(m_choose, &QPushButton::clicked, this, &HouseholdPickerDialog::choose);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    search();
    m_search->setFocus();
}

void HouseholdPickerDialog::search() {
    QVector<RowTableModel::Row> rows;
    for (const HouseholdSummary& household :
         ChildFileQueries::findHouseholds(m_ledger.database(), m_search->text(), kMostShown)) {
        rows.append({household.id,
                     {household.headName, household.villageGroup, household.phone,
                      household.childNames.join(QStringLiteral("、")), household.address},
                     false,
                     {}});
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    if (!rows.isEmpty())
        m_table->selectRow(0);
    m_choose->setEnabled(!rows.isEmpty());
}

void HouseholdPickerDialog::choose() {
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : (m_model->rowCount() == 1 ? 0 : -1);
    if (row < 0)
        return;
    m_selected = m_model->idAt(row);
    accept();
}

void HouseholdPickerDialog::keyPressEvent(QKeyEvent* event) {
    // Up and down move in the list while typing goes on in the search box.
    if (m_search->hasFocus() && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        const int row =
            qBound(0, m_table->currentIndex().row() + (event->key() == Qt::Key_Down ? 1 : -1),
                   m_model->rowCount() - 1);
        m_table->selectRow(row);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        choose();
        return;
    }
    QDialog::keyPressEvent(event);
}

}  // namespace tongbao
