#include "audit/AuditDialog.h"

#include "common/Dialogs.h"
#include "security/AuditExport.h"
#include "storage/Ledger.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongbao {

AuditDialog::AuditDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger) {
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("History and access log"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->addItem(tr("All users"), QString());
    for (const QString& name : AccessLog::actors(ledger.database()))
        m_user->addItem(name, name);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : AuditExport::actions())
        m_action->addItem(AuditExport::actionLabel(action), action);
    const QDate today = ledger.clock().today();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_child = new QLineEdit(this);
    m_child->setObjectName(QStringLiteral("childFilter"));
    m_child->setPlaceholderText(tr("child record id"));
    auto* show = new QPushButton(tr("Show"), this);
    auto* save = new QPushButton(tr("Save as spreadsheet…"), this);
    save->setObjectName(QStringLiteral("saveAuditButton"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_child, 1);
    filters->addWidget(show);

    m_table = new QTableWidget(0, int(AuditExport::header().size()), this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(AuditExport::header());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(save);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(show, &QPushButton::clicked, this, &AuditDialog::refresh);
    connect(save, &QPushButton::clicked, this, &AuditDialog::exportRows);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    for (QComboBox* box : {m_user, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditDialog::refresh);
    resize(1100, 600);
    refresh();
}

AuditFilter AuditDialog::filter() const {
    AuditFilter f;
    f.actor = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    f.childId = m_child->text().trimmed();
    return f;
}

void AuditDialog::setChildFilter(const QString& childId) {
    m_child->setText(childId);
    refresh();
}

void AuditDialog::refresh() {
    const auto entries = AuditExport::search(m_ledger, filter());
    if (!entries) {
        m_table->setRowCount(0);
        m_message->setText(entries.message());
        return;
    }
    m_table->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const QStringList fields = AuditExport::rowOf(entries->at(row));
        for (int column = 0; column < fields.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(fields[column]));
    }
    m_message->setText(tr("%n entries", nullptr, int(entries->size())));
}

bool AuditDialog::saveTo(const QString& path) {
    const Status saved = AuditExport::save(m_ledger, filter(), path);
    m_message->setText(saved ? tr("Saved to %1.").arg(QFileInfo(path).fileName())
                             : saved.message());
    return saved.ok();
}

void AuditDialog::exportRows() {
    const QString path =
        Dialogs::saveFileName(this, tr("Save the history"), QStringLiteral("history.xlsx"),
                              tr("Spreadsheets (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty())
        saveTo(path);
}

}  // namespace tongbao
