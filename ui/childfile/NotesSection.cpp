#include "childfile/NotesSection.h"

#include "childfile/NoteDialog.h"
#include "childfile/RowTableModel.h"
#include "common/Dialogs.h"
#include "exchange/VillageDirectory.h"
#include "register/CaseNotes.h"
#include "register/FieldLabels.h"
#include "storage/Ledger.h"

#include <QTableView>

namespace tongbao {

namespace {
const QString kRecord = QStringLiteral("case_note");
}  // namespace

NotesSection::NotesSection(QWidget* parent)
    : RecordListSection(QStringLiteral("notes"), true, parent) {
    retranslateUi();
}

NotesSection::~NotesSection() = default;

CaseNotes* NotesSection::notes() {
    if (!m_ledger)
        return nullptr;
    if (!m_notes || m_notesLedger != m_ledger) {
        m_notes = std::make_unique<CaseNotes>(*m_ledger);
        m_notesLedger = m_ledger;
    }
    return m_notes.get();
}

void NotesSection::retranslateUi() {
    //: Section of the child's file: 备注
    setTexts(tr("Notes"),
             tr("What the next reader of this file should know and no form holds, newest first. "
                "Each office changes only the notes it wrote."),
             tr("Add note…"),
             tr("No note yet. A note is for what fits no form: a call with the school, what was "
                "agreed with the family."));
    setHeaders(m_directory && m_directory->merged());
}

void NotesSection::setHeaders(bool merged) {
    QStringList headers{FieldLabels::label(kRecord, QStringLiteral("written_on")),
                        FieldLabels::label(kRecord, QStringLiteral("author"))};
    if (merged)
        headers.append(tr("Office"));
    headers.append(FieldLabels::label(kRecord, QStringLiteral("text")));
    model()->setHeaders(headers);
}

QString NotesSection::writtenElsewhere(const QString& id) const {
    const QString owner = m_owners.value(id);
    if (!m_directory || owner.isEmpty() || m_directory->isOwn(owner))
        return {};
    return tr("Written at %1: only %1 can change or remove it.").arg(m_directory->nameOf(owner));
}

QString NotesSection::whyNotChangeable(const QString& id) const {
    const QString elsewhere = writtenElsewhere(id);
    return elsewhere.isEmpty() ? whyNotAdding() : elsewhere;
}

QString NotesSection::whyNotAdding() const {
    if (!m_notes)
        return {};
    const Status allowed = m_notes->mayWrite();
    return allowed ? QString() : allowed.message();
}

void NotesSection::reload() {
    QVector<RowTableModel::Row> rows;
    m_owners.clear();
    CaseNotes* caseNotes = notes();
    if (m_ledger)
        m_directory = std::make_unique<VillageDirectory>(*m_ledger);
    const bool merged = m_directory && m_directory->merged();
    setHeaders(merged);
    if (caseNotes && !m_childId.isEmpty()) {
        for (const CaseNote& note : caseNotes->forChild(m_childId)) {
            m_owners.insert(note.meta.id, note.meta.owner);
            QStringList cells{note.writtenOn.toString(Qt::ISODate), note.author};
            if (merged)
                cells.append(m_directory->nameOf(note.meta.owner));
            cells.append(note.text);
            const QString why = writtenElsewhere(note.meta.id);
            rows.append({note.meta.id, cells, false, why.isEmpty() ? note.text : why});
        }
    }
    model()->setRows(rows);
    fitColumns();
}

void NotesSection::addRecord() {
    CaseNotes* caseNotes = notes();
    if (!m_service || !caseNotes || !whyNotAdding().isEmpty())
        return;
    CaseNote note;
    note.childId = m_childId;
    NoteDialog dialog(*m_service, *caseNotes, note, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        const int row = model()->rowOf(dialog.savedId());
        if (row >= 0)
            table()->selectRow(row);
        emit changed();
    }
}

void NotesSection::editRecord(const QString& id) {
    CaseNotes* caseNotes = notes();
    if (!m_service || !caseNotes || !whyNotChangeable(id).isEmpty())
        return;
    Result<CaseNote> note = caseNotes->load(id);
    if (!note)
        return;
    NoteDialog dialog(*m_service, *caseNotes, *note, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void NotesSection::removeRecord(const QString& id) {
    CaseNotes* caseNotes = notes();
    if (!caseNotes || !whyNotChangeable(id).isEmpty())
        return;
    if (Dialogs::question(this, tr("Remove the note?"),
                          tr("Remove this note from the child's file? Its history is kept."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const SaveOutcome outcome = caseNotes->remove(id);
    if (!outcome.saved())
        Dialogs::warning(this, tr("The note was not removed"), outcome.message);
    reload();
    emit changed();
}

}  // namespace tongbao
