#include "storage/CaseNoteRepository.h"

namespace tongbao {

namespace {

QVector<Column<CaseNote>> caseNoteColumns() {
    return {
        TONGBAO_COLUMN(CaseNote, "child_id", childId),
        TONGBAO_COLUMN(CaseNote, "written_on", writtenOn),
        TONGBAO_COLUMN(CaseNote, "text", text),
        TONGBAO_COLUMN(CaseNote, "author", author),
    };
}

}  // namespace

CaseNoteRepository::CaseNoteRepository(Database& db, RecordWriter& writer)
    : ChildRecordRepository<CaseNote>(db,
                                      writer,
                                      QStringLiteral("case_note"),
                                      caseNoteColumns(),
                                      QStringLiteral("written_on DESC, id DESC")) {}

QStringList CaseNoteRepository::schema() {
    return {
        // The sync columns of design.md §3, as every synchronised table has them.
        QStringLiteral("CREATE TABLE case_note (\n"
                       "  id TEXT PRIMARY KEY NOT NULL,\n"
                       "  owner TEXT NOT NULL,\n"
                       "  rev INTEGER NOT NULL,\n"
                       "  updated_at TEXT NOT NULL,\n"
                       "  updated_by TEXT NOT NULL,\n"
                       "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
                       "  child_id TEXT NOT NULL REFERENCES child(id),\n"
                       "  written_on TEXT NOT NULL,\n"
                       "  text TEXT NOT NULL DEFAULT '',\n"
                       "  author TEXT NOT NULL DEFAULT ''\n)"),
        QStringLiteral("CREATE INDEX case_note_child ON case_note(child_id, written_on)"),
        // What migration 5 gives the tables that travel: export reads "this owner's rows above
        // rev N".
        QStringLiteral("CREATE INDEX case_note_owner_rev ON case_note(owner, rev)"),
    };
}

}  // namespace tongbao
