#include "childfile/EntitlementsSection.h"

#include "childfile/FieldWidgets.h"
#include "domain/Vocabulary.h"
#include "policy/Entitlements.h"
#include "storage/Ledger.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongbao {

namespace {

enum Column { RuleColumn, StateColumn, ReasonColumn, DepartmentColumn, ColumnCount };

QColor stateColour(EntitlementState state) {
    switch (state) {
        case EntitlementState::Missing:
            return QColor(0xb0, 0x1e, 0x1e);
        case EntitlementState::InProgress:
            return QColor(0x9a, 0x5b, 0x00);
        case EntitlementState::InPlace:
            return QColor(0x1e, 0x6b, 0x2f);
        case EntitlementState::NotApplicable:
            break;
    }
    return QColor(0x5f, 0x6b, 0x7a);
}

}  // namespace

EntitlementsSection::EntitlementsSection(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("entitlementsSection"));
    m_heading = makeGroupHeading(this, QStringLiteral("entitlementsHeading"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("entitlementsNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("entitlementsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Two lines of reason per rule; the whole reason is in the tooltip.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 2 + 12);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &EntitlementsSection::selectionChanged);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("entitlementSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setStyleSheet(
        QStringLiteral("QLabel { background: #f6f8fa; border: 1px solid #d5dce4; padding: 8px; }"));
    m_source->setMinimumHeight(m_source->fontMetrics().lineSpacing() * 3 + 18);

    m_createMeasure = new QPushButton(this);
    m_createMeasure->setObjectName(QStringLiteral("createMeasureButton"));
    connect(m_createMeasure, &QPushButton::clicked, this, &EntitlementsSection::createMeasure);
    m_refer = new QPushButton(this);
    m_refer->setObjectName(QStringLiteral("referButton"));
    connect(m_refer, &QPushButton::clicked, this, &EntitlementsSection::refer);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entitlementsMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_createMeasure);
    buttons->addWidget(m_refer);
    buttons->addWidget(m_message, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_source);
    layout->addLayout(buttons);
    retranslateUi();
}

EntitlementsSection::~EntitlementsSection() = default;

void EntitlementsSection::setContext(Ledger* ledger, const QString& childId) {
    m_ledger = ledger;
    m_childId = childId;
    m_entitlements.reset();
    m_loadError.clear();
    if (m_ledger) {
        auto made = Entitlements::forLedger(*m_ledger);
        if (made)
            m_entitlements = std::move(*made);
        else
            m_loadError = made.message();
    }
    // A file read here keeps saying why nothing can be written from it.
    m_message->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_message->setText(m_readOnly ? m_readOnlyReason : QString());
    reload();
}

void EntitlementsSection::reload() {
    m_results.clear();
    if (m_entitlements && !m_childId.isEmpty()) {
        const auto checked = m_entitlements->checkChild(m_childId, m_ledger->clock().today());
        if (checked)
            m_results = *checked;
        else
            m_loadError = checked.message();
    }
    fill();
}

void EntitlementsSection::fill() {
    const QList<QTableWidgetItem*> chosen = m_table->selectedItems();
    const QString keep =
        chosen.isEmpty()
            ? QString()
            : m_table->item(chosen.first()->row(), RuleColumn)->data(Qt::UserRole).toString();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const Entitlement& e = m_results[row];
        auto* rule = new QTableWidgetItem(e.rule->title());
        rule->setData(Qt::UserRole, e.rule->id);
        auto* state = new QTableWidgetItem(EntitlementCheck::stateLabel(e.state));
        state->setForeground(stateColour(e.state));
        QFont bold = state->font();
        bold.setBold(e.state == EntitlementState::Missing);
        state->setFont(bold);
        auto* reason = new QTableWidgetItem(e.reason);
        reason->setToolTip(e.reason);
        auto* department =
            new QTableWidgetItem(Vocabulary::labels(vocab::Department, e.rule->departments));
        m_table->setItem(row, RuleColumn, rule);
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, ReasonColumn, reason);
        m_table->setItem(row, DepartmentColumn, department);
    }
    m_table->resizeColumnToContents(StateColumn);
    m_table->resizeColumnToContents(RuleColumn);
    m_table->resizeColumnToContents(DepartmentColumn);
    m_table->setColumnWidth(RuleColumn, qMin(260, m_table->columnWidth(RuleColumn)));
    m_table->setColumnWidth(DepartmentColumn, qMin(220, m_table->columnWidth(DepartmentColumn)));
    retranslateUi();
    if (!keep.isEmpty())
        selectRule(keep);
    else if (!m_results.isEmpty())
        m_table->selectRow(0);
    selectionChanged();
}

void EntitlementsSection::setReadOnly(bool readOnly, const QString& reason) {
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    m_message->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_message->setText(readOnly ? reason : QString());
    selectionChanged();
}

void EntitlementsSection::selectRule(const QString& ruleId) {
    for (int row = 0; row < m_results.size(); ++row)
        if (m_results[row].rule->id == ruleId) {
            m_table->selectRow(row);
            return;
        }
}

const Entitlement* EntitlementsSection::selected() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_results.size() ? &m_results[row] : nullptr;
}

void EntitlementsSection::selectionChanged() {
    const Entitlement* e = selected();
    const bool missing = e && e->state == EntitlementState::Missing;
    m_createMeasure->setEnabled(!m_readOnly && missing && !e->missingMeasures.isEmpty());
    m_refer->setEnabled(!m_readOnly && missing);
    for (QPushButton* button : {m_createMeasure, m_refer})
        button->setToolTip(m_readOnly ? m_readOnlyReason : QString());
    if (!e) {
        m_source->setText(tr("Select an entitlement to see where the policy provides it."));
        m_refer->setText(tr("Refer to the department"));
        return;
    }
    m_source->setText(
        tr("<b>%1</b><br>%2 %3:<br>“%4”")
            .arg(e->rule->title().toHtmlEscaped(), e->rule->sourceDocument.toHtmlEscaped(),
                 e->rule->sourceSection.toHtmlEscaped(), e->rule->sourceQuote.toHtmlEscaped()));
    m_refer->setText(
        tr("Refer to %1").arg(Vocabulary::label(vocab::Department, e->rule->departments.value(0))));
}

void EntitlementsSection::createMeasure() {
    const Entitlement* e = selected();
    if (!e || !m_entitlements)
        return;
    const QString ruleId = e->rule->id;
    const QString kinds = Vocabulary::labels(vocab::MeasureKind, e->missingMeasures);
    const Status done = m_entitlements->createMissingMeasures(m_childId, *e);
    m_message->setStyleSheet(done ? QStringLiteral("color: #1e6b2f;")
                                  : QStringLiteral("color: #b01e1e;"));
    m_message->setText(done ? tr("Added %1 to the measures, to apply for.").arg(kinds)
                            : done.message());
    reload();
    selectRule(ruleId);
    if (done)
        emit changed();
}

void EntitlementsSection::refer() {
    const Entitlement* e = selected();
    if (!e || !m_entitlements)
        return;
    const QString ruleId = e->rule->id;
    const QString department = Vocabulary::label(vocab::Department, e->rule->departments.value(0));
    const Status done = m_entitlements->createReferral(m_childId, *e);
    m_message->setStyleSheet(done ? QStringLiteral("color: #1e6b2f;")
                                  : QStringLiteral("color: #b01e1e;"));
    m_message->setText(done ? tr("Referred to %1 today.").arg(department) : done.message());
    reload();
    selectRule(ruleId);
    if (done)
        emit changed();
}

void EntitlementsSection::retranslateUi() {
    //: Section of the child's file: 保障核查
    m_heading->setText(tr("Entitlement check"));
    if (!m_loadError.isEmpty()) {
        m_note->setText(m_loadError);
    } else if (m_entitlements) {
        int missing = 0;
        for (const Entitlement& e : std::as_const(m_results))
            missing += e.state == EntitlementState::Missing ? 1 : 0;
        m_note->setText(
            m_results.isEmpty()
                ? tr("No rule of %1 applies to this child.").arg(m_entitlements->ruleSet().title())
                : tr("%1 applies %n rule(s) to this child; %2 missing.", nullptr,
                     int(m_results.size()))
                      .arg(m_entitlements->ruleSet().title())
                      .arg(missing));
    }
    m_table->setHorizontalHeaderLabels(
        {tr("Entitlement"), tr("State"), tr("Why"), tr("Department")});
    m_createMeasure->setText(tr("Create the measure (to apply)"));
}

void EntitlementsSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_ledger)
            setContext(m_ledger, m_childId);  // reasons and titles follow the language
    }
    QWidget::changeEvent(event);
}

}  // namespace tongbao
