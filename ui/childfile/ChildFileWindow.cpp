#include "childfile/ChildFileWindow.h"

#include "childfile/BasicFactsSection.h"
#include "childfile/ChildFileHeader.h"
#include "childfile/CloseFileDialog.h"
#include "childfile/EntitlementsSection.h"
#include "childfile/GuardianshipSection.h"
#include "childfile/HouseholdSection.h"
#include "childfile/MeasuresSection.h"
#include "childfile/NotesSection.h"
#include "childfile/ReferralsSection.h"
#include "childfile/TimelineSection.h"
#include "childfile/VisitsSection.h"
#include "common/Dialogs.h"
#include "exchange/VillageDirectory.h"
#include "register/FieldLabels.h"
#include "reports/CaseSheetActions.h"
#include "storage/Ledger.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tongbao {

namespace {

const QString kSectionStyle = QStringLiteral(
    "#sectionList { background: #eef2f6; border: none; border-right: 1px solid #d5dce4;"
    "  outline: 0; padding-top: 8px; }"
    "#sectionList::item { color: #1f2d3d; padding: 8px 12px; margin: 1px 6px;"
    "  border-radius: 6px; }"
    "#sectionList::item:disabled { color: #9aa5b1; }"
    "#sectionList::item:hover:!selected { background: #e2e8ef; }"
    "#sectionList::item:selected { background: #d3e2f4; color: #0b3d75; }");

// Forms read best dark on white, as on paper; the window around them stays grey.
void paintWhite(QWidget* widget) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, Qt::white);
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}

QScrollArea* scrolling(QWidget* section) {
    auto* area = new QScrollArea;
    area->setObjectName(section->objectName() + QStringLiteral("Scroll"));
    area->setWidget(section);
    paintWhite(section);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    paintWhite(area->viewport());
    return area;
}

}  // namespace

ChildFileWindow::ChildFileWindow(Ledger& ledger, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_ledger(ledger)
    , m_service(ledger) {
    setObjectName(QStringLiteral("childFileWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildUi();
    retranslateUi();
    const QRect available = screen()->availableGeometry();
    resize(qMin(1240, int(available.width() * 0.94)), qMin(740, int(available.height() * 0.94)));
}

ChildFileWindow::~ChildFileWindow() = default;

QStringList ChildFileWindow::sectionKeys() {
    return {
        QStringLiteral("basic"),    QStringLiteral("household"), QStringLiteral("guardianship"),
        QStringLiteral("measures"), QStringLiteral("referrals"), QStringLiteral("visits"),
        QStringLiteral("timeline"), QStringLiteral("notes"),     QStringLiteral("entitlements")};
}

void ChildFileWindow::buildUi() {
    m_basic = new BasicFactsSection;
    m_basic->setToday(m_service.today());
    m_household = new HouseholdSection;
    m_household->setLedger(&m_ledger);
    m_guardianship = new GuardianshipSection;
    m_guardianship->setToday(m_service.today());
    m_measures = new MeasuresSection;
    m_referrals = new ReferralsSection;
    m_visits = new VisitsSection;
    m_timeline = new TimelineSection;
    m_notes = new NotesSection;
    m_entitlements = new EntitlementsSection;

    m_sectionList = new QListWidget;
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setStyleSheet(kSectionStyle);
    m_sectionList->setFixedWidth(176);
    m_sectionList->setFocusPolicy(Qt::NoFocus);  // Ctrl+1..9 choose a section by keyboard
    QFont listFont = m_sectionList->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.05);
    m_sectionList->setFont(listFont);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    const QList<QWidget*> pages = {scrolling(m_basic),
                                   scrolling(m_household),
                                   scrolling(m_guardianship),
                                   m_measures,
                                   m_referrals,
                                   m_visits,
                                   m_timeline,
                                   m_notes,
                                   m_entitlements};
    for (QWidget* list : std::initializer_list<QWidget*>{m_measures, m_referrals, m_visits,
                                                         m_timeline, m_notes, m_entitlements})
        paintWhite(list);
    for (int i = 0; i < pages.size(); ++i) {
        auto* item = new QListWidgetItem(m_sectionList);
        item->setData(Qt::UserRole, sectionKeys().at(i));
        m_pages->addWidget(pages[i]);
    }
    connect(m_sectionList, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sectionList);
    body->addWidget(m_pages, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new ChildFileHeader(this);
    connect(m_header->saveButton(), &QPushButton::clicked, this, [this] { save(); });
    connect(m_header->closeFileButton(), &QPushButton::clicked, this, &ChildFileWindow::closeFile);
    connect(m_header->reopenButton(), &QPushButton::clicked, this, &ChildFileWindow::reopenFile);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("fileStatusBar"));
    CaseSheetActions::install(this, m_ledger, [this] { return childId(); });

    connect(m_basic, &BasicFactsSection::edited, this, &ChildFileWindow::edited);
    connect(m_household, &HouseholdSection::edited, this, &ChildFileWindow::edited);
    connect(m_guardianship, &GuardianshipSection::edited, this, &ChildFileWindow::edited);
    connect(m_basic, &BasicFactsSection::openExistingRequested, this,
            &ChildFileWindow::openExisting);
    connect(m_household, &HouseholdSection::openChildRequested, this,
            &ChildFileWindow::openChildRequested);
    connect(m_notes, &RecordListSection::changed, this, &ChildFileWindow::recordsChanged);
    for (RecordListSection* section :
         std::initializer_list<RecordListSection*>{m_measures, m_referrals})
        connect(section, &RecordListSection::changed, this, [this] {
            recordsChanged();
            m_entitlements->reload();
        });
    connect(m_entitlements, &EntitlementsSection::changed, this, [this] {
        m_measures->reload();
        m_referrals->reload();
        recordsChanged();
    });

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    auto* closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
    auto* escape = new QShortcut(Qt::Key_Escape, this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    for (int i = 0; i < sectionKeys().size(); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { showSection(sectionKeys().at(i)); });
    }
    m_sectionList->setCurrentRow(0);
}

void ChildFileWindow::retranslateUi() {
    const QStringList titles = {tr("Basic facts"), tr("Household"), tr("Guardianship"),
                                tr("Measures"),    tr("Referrals"), tr("Visits"),
                                tr("History"),     tr("Notes"),     tr("Entitlement check")};
    for (int i = 0; i < m_sectionList->count(); ++i)
        m_sectionList->item(i)->setText(QStringLiteral("%1  %2").arg(i + 1).arg(titles.value(i)));
    updateHeader();
    updateRecordSections();
    refreshProblems();
    if (m_keptElsewhere)
        m_entitlements->setReadOnly(true, entitlementsReadOnlyReason());
}

void ChildFileWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool ChildFileWindow::openChild(const QString& childId) {
    Result<ChildFileDraft> loaded = m_service.load(childId);
    if (!loaded) {
        m_header->setHint(loaded.message(), true);
        return false;
    }
    load(*loaded);
    return true;
}

void ChildFileWindow::startNewChild() {
    ChildFileDraft fresh;
    fresh.child.openedOn = m_service.today();
    load(fresh);
    showSection(QStringLiteral("basic"));
    m_basic->focusFirstField();
}

void ChildFileWindow::load(const ChildFileDraft& draft) {
    m_draft = draft;
    m_basic->setChild(draft.child);
    m_household->setHousehold(draft.household, draft.child.meta.id);
    m_guardianship->setGuardianship(draft.guardianship);
    for (RecordListSection* section : std::initializer_list<RecordListSection*>{
             m_measures, m_referrals, m_visits, m_timeline, m_notes})
        section->setContext(&m_ledger, &m_service, draft.child.meta.id);
    m_entitlements->setContext(&m_ledger, draft.child.meta.id);
    m_dirty = false;
    m_triedToSave = false;
    applyKeeper();
    updateHeader();
    updateRecordSections();
    refreshProblems();
}

ChildFileDraft ChildFileWindow::collectDraft() const {
    ChildFileDraft draft;
    draft.child = m_draft.child;
    m_basic->collect(draft.child);
    draft.household = m_household->household();
    draft.child.householdId = draft.household ? draft.household->meta.id : QString();
    draft.guardianship = m_guardianship->guardianship();
    return draft;
}

void ChildFileWindow::edited() {
    m_dirty = true;
    refreshProblems();
}

void ChildFileWindow::refreshProblems() {
    const ChildFileDraft draft = collectDraft();
    FieldProblems problems = m_service.check(draft);
    m_basic->addFormProblems(problems);
    m_household->addFormProblems(problems);
    m_guardianship->addFormProblems(problems);

    // A new child whose number is on file: offer that file rather than a second one.
    if (isNew()) {
        const auto existing = m_service.childWithIdNumber(draft.child.idNumber);
        m_basic->setExistingChild(existing ? existing->meta.id : QString(),
                                  existing ? existing->name : QString());
    }
    m_basic->showProblems(problems, m_triedToSave);
    m_household->showProblems(problems, m_triedToSave);
    m_guardianship->showProblems(problems, m_triedToSave);

    const FieldProblem* first = problems.firstError();
    m_header->saveButton()->setEnabled(m_dirty && !first && !m_keptElsewhere);
    if (m_keptElsewhere) {
        m_header->setHint(tr("Read only: kept by %1").arg(m_keeperName), false);
        return;
    }
    if (first && (m_dirty || m_triedToSave)) {
        QString field = first->field;
        QString record = QStringLiteral("child");
        for (const QString& prefix :
             {QStringLiteral("household."), QStringLiteral("guardianship.")}) {
            if (field.startsWith(prefix)) {
                record = prefix.chopped(1);
                field = field.mid(prefix.size());
            }
        }
        const QString label = field.startsWith(QLatin1String("member."))
                                  ? tr("Household members")
                                  : FieldLabels::label(record, field);
        m_header->setHint(tr("To save: %1 — %2").arg(label, first->message), true);
    } else {
        m_header->setHint(m_dirty ? tr("Changes not saved yet") : QString(), false);
    }
}

bool ChildFileWindow::save() {
    if (m_keptElsewhere)
        return false;  // nothing of it could be typed here; Save is disabled and says why
    m_triedToSave = true;
    refreshProblems();
    if (!m_header->saveButton()->isEnabled())
        return !m_dirty && !isNew();
    ChildFileDraft draft = collectDraft();
    SaveOutcome outcome = m_service.save(draft);
    if (outcome.kind == SaveOutcome::Kind::NeedsConfirmation) {
        const auto answer = Dialogs::choose(
            this, QMessageBox::Question, tr("Is this another child?"),
            outcome.message + QStringLiteral("\n\n") +
                tr("Save this file only if it is a different child with the same name and date "
                   "of birth."),
            {{QMessageBox::Save, tr("Different child: save")},
             {QMessageBox::Cancel, tr("Keep editing")}},
            QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            m_header->setHint(tr("Not saved: a child with this name and date of birth is on file."),
                              true);
            return false;
        }
        outcome = m_service.save(draft, true);
    }
    switch (outcome.kind) {
        case SaveOutcome::Kind::Saved:
            break;
        case SaveOutcome::Kind::AlreadyOnFile:
            Dialogs::information(this, tr("This child is already on file"), outcome.message);
            openExisting(outcome.recordId);
            return false;
        default:
            // Refused or failed: everything typed stays, the reason is shown where it applies.
            m_basic->showProblems(outcome.problems, true);
            m_household->showProblems(outcome.problems, true);
            m_guardianship->showProblems(outcome.problems, true);
            m_header->setHint(outcome.message, true);
            return false;
    }
    const QString id = outcome.recordId;
    openChild(id);
    statusBar()->showMessage(
        tr("Saved at %1.").arg(m_ledger.clock().now().toString(QStringLiteral("HH:mm"))), 8000);
    if (!outcome.problems.isEmpty()) {
        // Saved with warnings: they stay beside their fields.
        m_basic->showProblems(outcome.problems, false);
        m_guardianship->showProblems(outcome.problems, false);
    }
    emit childSaved(id);
    return true;
}

void ChildFileWindow::updateHeader() {
    const Child& child = m_draft.child;
    setWindowTitle(isNew() ? tr("New child — Tongbao")
                           : tr("%1 — Child's file — Tongbao").arg(child.name));
    m_header->showChild(child, m_draft.household ? m_draft.household->headName : QString(), isNew(),
                        m_service.today());
}

void ChildFileWindow::updateRecordSections() {
    // Measures, referrals, visits and history belong to a child on file.
    for (int i = 3; i < m_sectionList->count(); ++i) {
        QListWidgetItem* item = m_sectionList->item(i);
        item->setFlags(isNew() ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(isNew() ? tr("Save the file first.") : QString());
    }
}

void ChildFileWindow::applyKeeper() {
    const VillageDirectory directory(m_ledger);
    const QString owner = m_draft.child.meta.owner;
    // Core refuses to change a row another ledger owns; the window does not offer it.
    m_keptElsewhere = !isNew() && !owner.isEmpty() && !directory.isOwn(owner);
    m_keeperName = m_keptElsewhere ? directory.nameOf(owner) : QString();
    m_header->showKeeper(m_keeperName, m_ledger.identity().name);
    m_basic->setReadOnly(m_keptElsewhere);
    m_household->setReadOnly(m_keptElsewhere);
    m_guardianship->setReadOnly(m_keptElsewhere);
    m_measures->setReadOnly(m_keptElsewhere);
    m_entitlements->setReadOnly(m_keptElsewhere, entitlementsReadOnlyReason());
}

QString ChildFileWindow::entitlementsReadOnlyReason() const {
    if (!m_keptElsewhere)
        return {};
    return tr("%1 keeps this child's measures. To refer the child, add a referral under "
              "Referrals.")
        .arg(m_keeperName);
}

void ChildFileWindow::showSection(const QString& key) {
    const int row = int(sectionKeys().indexOf(key));
    if (row < 0 || !(m_sectionList->item(row)->flags() & Qt::ItemIsEnabled))
        return;
    m_sectionList->setCurrentRow(row);
}

QString ChildFileWindow::currentSection() const {
    return sectionKeys().value(m_sectionList->currentRow());
}

void ChildFileWindow::closeFile() {
    if (m_keptElsewhere)
        return;
    if (m_dirty) {
        // The file is closed on what is stored: save what was typed first.
        const auto answer = Dialogs::question(
            this, tr("Save the changes first?"),
            tr("This file has changes that are not saved yet. Save them before closing the file?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
    CloseFileDialog dialog(m_service, m_draft.child, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openChild(childId());
    statusBar()->showMessage(tr("The file was closed."), 8000);
    emit childSaved(childId());
}

void ChildFileWindow::reopenFile() {
    if (m_keptElsewhere)
        return;
    if (m_dirty && !save())
        return;
    const SaveOutcome outcome = m_service.reopenFile(childId());
    if (!outcome.saved()) {
        m_header->setHint(outcome.message, true);
        return;
    }
    openChild(childId());
    statusBar()->showMessage(tr("The file was reopened."), 8000);
    emit childSaved(childId());
}

void ChildFileWindow::recordsChanged() {
    m_timeline->reload();
    statusBar()->showMessage(
        tr("Saved at %1.").arg(m_ledger.clock().now().toString(QStringLiteral("HH:mm"))), 8000);
    emit childSaved(childId());
}

void ChildFileWindow::openExisting(const QString& childId) {
    if (childId.isEmpty())
        return;
    emit openChildRequested(childId);
    // The user chose the file on record instead of a second one: this form goes.
    if (isNew())
        discardAndClose();
}

void ChildFileWindow::discardAndClose() {
    m_discarding = true;
    close();
}

void ChildFileWindow::closeEvent(QCloseEvent* event) {
    if (m_discarding || !m_dirty) {
        event->accept();
        return;
    }
    const auto answer = Dialogs::choose(this, QMessageBox::Question, tr("Save the changes?"),
                                        tr("What you typed in this file has not been saved."),
                                        {{QMessageBox::Save, tr("Save")},
                                         {QMessageBox::Discard, tr("Discard")},
                                         {QMessageBox::Cancel, tr("Keep editing")}},
                                        QMessageBox::Save);
    if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && save())) {
        event->accept();
        return;
    }
    event->ignore();
}

}  // namespace tongbao
