#include "exchange/ImportPreviewDialog.h"

#include "exchange/ExchangeParts.h"
#include "visits/FormParts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongbao {

namespace {

QString dateTime(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QLabel* value(QWidget* parent, const QString& objectName, const QString& text) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

}  // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPreview& preview,
                                         const QString& path,
                                         QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("importPreviewDialog"));
    const BatchReport& report = preview.report();
    const bool refused = preview.refused();
    const bool repeated = preview.alreadyImported();
    setWindowTitle(tr("Import batch"));

    auto* icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap = refused    ? QStyle::SP_MessageBoxCritical
                                          : repeated ? QStyle::SP_MessageBoxInformation
                                                     : QStyle::SP_DialogApplyButton;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(32, 32));
    m_heading = formparts::heading(this, QStringLiteral("previewHeading"), 1.2);
    m_heading->setWordWrap(true);
    m_heading->setText(refused    ? tr("This batch cannot be imported")
                       : repeated ? tr("This batch is already in the ledger")
                                  : tr("Check the batch before importing it"));
    auto* headingRow = new QHBoxLayout;
    headingRow->setSpacing(12);
    headingRow->addWidget(icon, 0, Qt::AlignTop);
    headingRow->addWidget(m_heading, 1);

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    facts->setHorizontalSpacing(14);
    facts->setVerticalSpacing(6);
    facts->addRow(tr("File:"), value(this, QStringLiteral("previewFile"),
                                     QDir::toNativeSeparators(QFileInfo(path).fileName())));
    if (!report.sourceName.isEmpty()) {
        facts->addRow(tr("From village:"),
                      value(this, QStringLiteral("previewSource"),
                            tr("%1 (area code %2)").arg(report.sourceName, report.sourceArea)));
    }
    if (!refused && !report.sourceName.isEmpty()) {
        facts->addRow(tr("Signature:"),
                      value(this, QStringLiteral("previewSignature"),
                            tr("valid: signed with the registered key of %1, unaltered since")
                                .arg(report.sourceName)));
    }
    if (report.sequence > 0) {
        facts->addRow(tr("Batch number:"), value(this, QStringLiteral("previewSequence"),
                                                 QString::number(report.sequence)));
        facts->addRow(tr("Made on:"),
                      value(this, QStringLiteral("previewCreated"), dateTime(report.created)));
        facts->addRow(tr("Changes:"), value(this, QStringLiteral("previewRange"),
                                            tr("numbers %1 to %2 of the village's ledger")
                                                .arg(report.revFrom + 1)
                                                .arg(report.revTo)));
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QString message;
    QString colours;
    if (refused) {
        message = preview.result.message;
        colours = QStringLiteral("background: #fff4f3; border: 1px solid #f0b4ad; color: #b71c1c;");
    } else if (repeated) {
        message = preview.result.message;
        colours = QStringLiteral("background: #eef4fb; border: 1px solid #b9cfe8; color: #10233a;");
    } else if (!preview.gapText().isEmpty()) {
        message = preview.gapText();
        colours = QStringLiteral("background: #fff8e6; border: 1px solid #f3cf7a; color: #5d4300;");
    }
    m_message->setText(message);
    m_message->setStyleSheet(colours + QStringLiteral(" border-radius: 6px; padding: 8px 10px;"));
    m_message->setVisible(!message.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addLayout(headingRow);
    layout->addLayout(facts);
    layout->addWidget(m_message);

    if (preview.canImport()) {
        m_counts = exchangeparts::table(this, QStringLiteral("previewCounts"), 5);
        m_counts->setSelectionMode(QAbstractItemView::NoSelection);
        m_counts->setFocusPolicy(Qt::NoFocus);
        fillCounts(preview);
        layout->addWidget(m_counts);
        auto* history = exchangeparts::hint(this, QStringLiteral("previewHistory"));
        history->setText(
            preview.changesAnything()
                ? tr("Also %n history entries of the village's ledger, kept apart from the "
                     "town's own history.",
                     nullptr, int(preview.historyEntries))
                : tr("This batch holds no changes this ledger does not already have."));
        layout->addWidget(history);
    }

    auto* buttons = new QDialogButtonBox(this);
    if (preview.canImport()) {
        m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
        m_import->setObjectName(QStringLiteral("previewImportButton"));
        m_import->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel)
            ->setObjectName(QStringLiteral("previewCancelButton"));
    } else {
        buttons->addButton(QDialogButtonBox::Close)
            ->setObjectName(QStringLiteral("previewCloseButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

void ImportPreviewDialog::fillCounts(const ImportPreview& preview) {
    m_counts->setHorizontalHeaderLabels(
        {QString(), tr("New"), tr("Changed"), tr("Closed"), tr("Deleted")});
    const struct {
        QString label;
        const RecordChange* change;
        bool closes;
    } rows[] = {
        {tr("Children"), &preview.children, true},
        {tr("Visits"), &preview.visits, false},
        {tr("Safety reports"), &preview.safetyReports, false},
        {tr("Other records"), &preview.otherRecords, false},
    };
    m_counts->setRowCount(4);
    for (int row = 0; row < 4; ++row) {
        const RecordChange& c = *rows[row].change;
        exchangeparts::setRow(
            m_counts, row,
            {rows[row].label, QString::number(c.added), QString::number(c.changed),
             rows[row].closes ? QString::number(c.closed) : QStringLiteral("—"),
             QString::number(c.removed)});
        for (int column = 1; column < 5; ++column)
            m_counts->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = m_counts->font();
        bold.setWeight(QFont::DemiBold);
        m_counts->item(row, 0)->setFont(bold);
    }
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setStretchLastSection(false);
    for (int column = 1; column < 5; ++column)
        m_counts->setColumnWidth(column, 90);
    const int height = m_counts->horizontalHeader()->sizeHint().height() +
                       4 * m_counts->verticalHeader()->defaultSectionSize() + 4;
    m_counts->setFixedHeight(height);
    m_counts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_counts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QString ImportPreviewDialog::messageText() const {
    return m_message->text();
}

bool ImportPreviewDialog::offersImport() const {
    return m_import != nullptr;
}

}  // namespace tongbao
