#pragma once

#include "domain/CaseNote.h"
#include "storage/CaseRepositories.h"

namespace tongbao {

// The notes of children's files (table case_note), newest first. Saving and removing go
// through RecordWriter like every synchronised row: audited, refused for a note another
// ledger wrote, and removed as a tombstone so that the removal travels too. Migration 13 is
// schema().
class CaseNoteRepository : public ChildRecordRepository<CaseNote> {
public:
    CaseNoteRepository(Database& db, RecordWriter& writer);

    static QStringList schema();
};

}  // namespace tongbao
