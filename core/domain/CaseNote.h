#pragma once

#include "domain/SyncMeta.h"

#include <QDate>

namespace tongbao {

// A note in a child's file (备注 / 工作记录): what someone who works on the case wants the next
// reader to know — a phone call with the school, what the town agreed with the family — that
// fits no form. A note belongs to the ledger that wrote it, like every synchronised row: a
// village's notes travel to the town with its batches, and a town may add its own notes to a
// village's child without changing anything the village keeps. The writer's name is kept as it
// was when the note was written, for the reader at the other office.
struct CaseNote {
    SyncMeta meta;
    QString childId;
    QDate writtenOn;
    QString text;
    QString author;  // the user who wrote it, as the history names them
};

}  // namespace tongbao
