#pragma once

#include "childfile/RecordListSection.h"

#include <QHash>

#include <memory>

namespace tongbao {

class CaseNotes;
class VillageDirectory;

// The notes in the child's file (备注), newest first, each with its day, who wrote it and, in a
// merged (town) ledger, which office: a village's notes arrive with its batches and are read
// here; the town writes its own beside them. Only the notes this ledger wrote can be edited or
// removed, and the buttons say so before anything is typed.
class NotesSection : public RecordListSection {
    Q_OBJECT

public:
    explicit NotesSection(QWidget* parent = nullptr);
    ~NotesSection() override;
    void reload() override;

protected:
    void retranslateUi() override;
    void addRecord() override;
    void editRecord(const QString& id) override;
    void removeRecord(const QString& id) override;
    QString whyNotChangeable(const QString& id) const override;
    QString whyNotAdding() const override;

private:
    void setHeaders(bool merged);
    // Why a note cannot be changed because another office wrote it; empty when this one did.
    QString writtenElsewhere(const QString& id) const;
    CaseNotes* notes();

    Ledger* m_notesLedger = nullptr;  // the ledger m_notes was made for
    std::unique_ptr<CaseNotes> m_notes;
    std::unique_ptr<VillageDirectory> m_directory;
    QHash<QString, QString> m_owners;  // note id → owner ledger
};

}  // namespace tongbao
