#include "childfile/HouseholdSection.h"

#include "childfile/FieldWidgets.h"
#include "childfile/HouseholdMembersModel.h"
#include "childfile/HouseholdPickerDialog.h"
#include "childfile/ReadOnlyInputs.h"
#include "domain/Child.h"
#include "domain/Vocabulary.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/Ledger.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tongbao {

namespace {

template <typename T>
T* named(T* widget, const char* name) {
    widget->setObjectName(QLatin1String(name));
    return widget;
}

}  // namespace

HouseholdSection::HouseholdSection(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("householdSection"));
    m_form = new FieldForm(QStringLiteral("household"), this);
    m_members = new HouseholdMembersModel(this);
    buildUi();
    retranslateUi();
    connect(m_form, &FieldForm::edited, this, [this] { emit edited(); });
    connect(m_members, &HouseholdMembersModel::edited, this, &HouseholdSection::edited);
    showHousehold();
}

void HouseholdSection::buildUi() {
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(20, 8, 24, 20);
    page->setSpacing(8);

    QLabel* linkHeading = makeGroupHeading(this, QStringLiteral("householdLinkHeading"));
    m_headings.append(linkHeading);
    page->addWidget(linkHeading);
    m_summary = named(new QLabel(this), "householdSummary");
    m_summary->setWordWrap(true);
    m_chooseButton = named(new QPushButton(this), "chooseHouseholdButton");
    m_newButton = named(new QPushButton(this), "newHouseholdButton");
    m_unlinkButton = named(new QPushButton(this), "noHouseholdButton");
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_summary, 1);
    for (QPushButton* button : {m_chooseButton, m_newButton, m_unlinkButton}) {
        button->setAutoDefault(false);
        linkRow->addWidget(button);
    }
    page->addLayout(linkRow);
    connect(m_chooseButton, &QPushButton::clicked, this, &HouseholdSection::chooseExisting);
    connect(m_newButton, &QPushButton::clicked, this, &HouseholdSection::startNew);
    connect(m_unlinkButton, &QPushButton::clicked, this, &HouseholdSection::unlink);

    m_details = new QWidget(this);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(8);
    QLabel* factsHeading = makeGroupHeading(m_details, QStringLiteral("householdFactsHeading"));
    m_headings.append(factsHeading);
    QGridLayout* facts = addFieldGroup(details, factsHeading);
    m_headName = named(new QLineEdit(m_details), "headNameEdit");
    m_headId = named(new QLineEdit(m_details), "headIdEdit");
    m_phone = named(new QLineEdit(m_details), "householdPhoneEdit");
    m_villageGroup = named(new QLineEdit(m_details), "householdGroupEdit");
    m_areaCode = named(new QLineEdit(m_details), "householdAreaEdit");
    m_areaCode->setMaxLength(12);
    m_address = named(new QLineEdit(m_details), "addressEdit");
    m_support = named(new VocabularyCombo(vocab::SupportStatus, m_details), "supportCombo");
    m_income = named(new CodeChecks(vocab::IncomeSource, 5, m_details), "incomeChecks");
    m_notes = named(new QPlainTextEdit(m_details), "householdNotesEdit");
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 14);
    m_form->add(facts, 0, 0, QStringLiteral("head_name"), m_headName);
    m_form->add(facts, 0, 2, QStringLiteral("head_id_number"), m_headId);
    m_form->add(facts, 1, 0, QStringLiteral("phone"), m_phone);
    m_form->add(facts, 1, 2, QStringLiteral("village_group"), m_villageGroup);
    m_form->add(facts, 2, 0, QStringLiteral("address"), m_address, 3);
    m_form->add(facts, 3, 0, QStringLiteral("area_code"), m_areaCode);
    m_form->add(facts, 3, 2, QStringLiteral("support_status"), m_support);
    m_form->add(facts, 4, 0, QStringLiteral("income_sources"), m_income, 3);
    m_form->add(facts, 5, 0, QStringLiteral("notes"), m_notes, 3);

    QLabel* membersHeading = makeGroupHeading(m_details, QStringLiteral("membersHeading"));
    m_headings.append(membersHeading);
    details->addSpacing(6);
    details->addWidget(membersHeading);
    m_membersTable = named(new QTableView(m_details), "membersTable");
    m_membersTable->setModel(m_members);
    m_membersTable->setItemDelegateForColumn(HouseholdMembersModel::Relation,
                                             new RelationDelegate(m_membersTable));
    m_membersTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_membersTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_membersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_membersTable->verticalHeader()->hide();
    m_membersTable->horizontalHeader()->setStretchLastSection(true);
    m_membersTable->setMinimumHeight(150);
    m_membersTable->setTabKeyNavigation(true);
    m_addMember = named(new QPushButton(m_details), "addMemberButton");
    m_removeMember = named(new QPushButton(m_details), "removeMemberButton");
    m_addMember->setAutoDefault(false);
    m_removeMember->setAutoDefault(false);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMember);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch();
    m_membersMessage = makeMessageLine(m_details, QStringLiteral("membersMessage"));
    details->addWidget(m_membersTable);
    details->addLayout(memberButtons);
    details->addWidget(m_membersMessage);
    connect(m_addMember, &QPushButton::clicked, this, [this] {
        const int row = m_members->addMember();
        const QModelIndex name = m_members->index(row, HouseholdMembersModel::Name);
        m_membersTable->setCurrentIndex(name);
        m_membersTable->setFocus();
        m_membersTable->edit(name);
    });
    connect(m_removeMember, &QPushButton::clicked, this,
            [this] { m_members->removeMember(m_membersTable->currentIndex().row()); });

    QLabel* siblingsHeading = makeGroupHeading(m_details, QStringLiteral("siblingsHeading"));
    m_headings.append(siblingsHeading);
    details->addSpacing(6);
    details->addWidget(siblingsHeading);
    m_siblingsLabel = named(new QLabel(m_details), "siblingsNote");
    m_siblingsLabel->setWordWrap(true);
    m_siblings = named(new QListWidget(m_details), "siblingsList");
    m_siblings->setMaximumHeight(110);
    details->addWidget(m_siblingsLabel);
    details->addWidget(m_siblings);
    connect(m_siblings, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openChildRequested(item->data(Qt::UserRole).toString());
    });
    page->addWidget(m_details);
    page->addStretch(1);
}

void HouseholdSection::retranslateUi() {
    const QStringList headings = {tr("The child's household"), tr("Household"),
                                  tr("Members of the household"), tr("Children on file")};
    for (int i = 0; i < m_headings.size(); ++i)
        m_headings[i]->setText(headings.value(i));
    m_form->retranslate();
    m_chooseButton->setText(tr("Choose a household…"));
    m_chooseButton->setToolTip(tr("A household already entered, for brothers and sisters"));
    m_newButton->setText(tr("New household"));
    m_unlinkButton->setText(tr("No household"));
    m_addMember->setText(tr("Add member"));
    m_removeMember->setText(tr("Remove member"));
    m_siblingsLabel->setText(
        tr("Other children of this household who have a file here. "
           "Enter or a double-click opens a file."));
    m_members->retranslate();
    showSummary();
}

void HouseholdSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HouseholdSection::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    setInputsReadOnly(this, readOnly);
    showSummary();
    for (QPushButton* button :
         {m_chooseButton, m_newButton, m_unlinkButton, m_addMember, m_removeMember})
        button->setVisible(!readOnly);
}

void HouseholdSection::setHousehold(const std::optional<Household>& household,
                                    const QString& childId) {
    m_childId = childId;
    m_household = household;
    showHousehold();
    m_form->resetTouched();
}

void HouseholdSection::showHousehold() {
    const Household h = m_household.value_or(Household());
    m_form->setSilent(true);
    m_headName->setText(h.headName);
    m_headId->setText(h.headIdNumber);
    m_phone->setText(h.phone);
    m_villageGroup->setText(h.villageGroup);
    m_areaCode->setText(h.areaCode);
    m_address->setText(h.address);
    m_support->setCode(h.supportStatus);
    m_income->setCodes(h.incomeSources);
    m_notes->setPlainText(h.notes);
    m_members->setMembers(h.members);
    sizeMemberColumns();
    m_form->setSilent(false);
    m_details->setVisible(m_household.has_value());
    m_unlinkButton->setEnabled(m_household.has_value());
    fillSiblings();
    showSummary();
}

void HouseholdSection::sizeMemberColumns() {
    const QFontMetrics metrics = m_membersTable->fontMetrics();
    const int padding = 24;
    m_membersTable->setColumnWidth(HouseholdMembersModel::Name,
                                   metrics.horizontalAdvance(QStringLiteral("欧阳晓晓")) + padding);
    m_membersTable->setColumnWidth(
        HouseholdMembersModel::IdNumber,
        metrics.horizontalAdvance(QStringLiteral("50011019800101123X")) + padding);
    m_membersTable->setColumnWidth(
        HouseholdMembersModel::Relation,
        metrics.horizontalAdvance(QStringLiteral("(外)孙子女")) + padding + 20);
    m_membersTable->setColumnWidth(
        HouseholdMembersModel::BirthDate,
        metrics.horizontalAdvance(QStringLiteral("2026-11-29")) + padding);
}

void HouseholdSection::showSummary() {
    if (!m_household) {
        m_summary->setText(m_readOnly ? tr("This child is not linked to a household.")
                                      : tr("This child is not linked to a household yet. Choose "
                                           "the household if a brother or sister is on file, "
                                           "or enter a new one."));
        return;
    }
    if (m_household->meta.id.isEmpty()) {
        m_summary->setText(tr("A new household, saved with the child's file."));
        return;
    }
    const QString head =
        m_household->headName.isEmpty() ? tr("(no head entered)") : m_household->headName;
    m_summary->setText(tr("Household of %1 · %n child(ren) on file", nullptr,
                          m_siblings->count() + (m_childId.isEmpty() ? 0 : 1))
                           .arg(head));
}

void HouseholdSection::fillSiblings() {
    m_siblings->clear();
    if (!m_ledger || !m_household || m_household->meta.id.isEmpty())
        return;
    for (const Child& child : m_ledger->children().inHousehold(m_household->meta.id)) {
        if (child.meta.id == m_childId)
            continue;
        QString text = child.name;
        if (child.birthDate.isValid())
            text += QStringLiteral("  ·  ") + child.birthDate.toString(Qt::ISODate);
        if (!child.isActive())
            text +=
                QStringLiteral("  ·  ") + Vocabulary::label(vocab::FileStatus, child.fileStatus);
        auto* item = new QListWidgetItem(text, m_siblings);
        item->setData(Qt::UserRole, child.meta.id);
    }
}

std::optional<Household> HouseholdSection::household() const {
    if (!m_household)
        return std::nullopt;
    Household h = *m_household;
    h.headName = m_headName->text().trimmed();
    h.headIdNumber = m_headId->text().trimmed();
    h.phone = m_phone->text().trimmed();
    h.villageGroup = m_villageGroup->text().trimmed();
    h.areaCode = m_areaCode->text().trimmed();
    h.address = m_address->text().trimmed();
    h.supportStatus = m_support->code();
    h.incomeSources = m_income->codes();
    h.notes = m_notes->toPlainText();
    h.members = m_members->members();
    return h;
}

void HouseholdSection::chooseExisting() {
    if (!m_ledger)
        return;
    HouseholdPickerDialog picker(*m_ledger, this);
    if (picker.exec() != QDialog::Accepted || picker.selectedHouseholdId().isEmpty())
        return;
    linkTo(picker.selectedHouseholdId());
}

void HouseholdSection::linkTo(const QString& householdId) {
    if (!m_ledger)
        return;
    Result<Household> chosen = m_ledger->households().load(householdId);
    if (!chosen)
        return;
    m_household = *chosen;
    showHousehold();
    emit edited();
}

void HouseholdSection::startNew() {
    Household fresh;
    if (m_ledger && m_ledger->identity().kind == QLatin1String("village"))
        fresh.areaCode = m_ledger->identity().areaCode;
    m_household = fresh;
    showHousehold();
    m_form->markTouched(QStringLiteral("head_name"));
    m_headName->setFocus();
    emit edited();
}

void HouseholdSection::unlink() {
    m_household.reset();
    showHousehold();
    emit edited();
}

void HouseholdSection::addFormProblems(FieldProblems& problems) const {
    for (int row : m_members->rowsWithUnreadableDate())
        problems.error(QStringLiteral("household.member.%1.birth_date").arg(row),
                       tr("Type the date as 2026-11-29."));
}

void HouseholdSection::showProblems(const FieldProblems& problems, bool all) {
    m_form->showProblems(problems, QStringLiteral("household."), all);
    // The members' problems, one line each, under the table.
    QStringList lines;
    bool error = false;
    const QString prefix = QStringLiteral("household.member.");
    const QVector<HouseholdMember> members = m_members->members();
    for (const FieldProblem& problem : problems) {
        if (!problem.field.startsWith(prefix))
            continue;
        const int row = problem.field.mid(prefix.size()).section(QLatin1Char('.'), 0, 0).toInt();
        const QString who = members.value(row).name.isEmpty()
                                ? tr("Row %1").arg(row + 1)
                                : tr("Row %1 (%2)").arg(row + 1).arg(members.value(row).name);
        lines.append(QStringLiteral("%1: %2").arg(who, problem.message));
        error = error || problem.isError();
    }
    showMessage(m_membersMessage, lines.join(QLatin1Char('\n')),
                error ? MessageTone::Error : MessageTone::Warning);
}

}  // namespace tongbao
