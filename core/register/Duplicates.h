#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Ledger;

// Children who may be one child entered twice.
struct DuplicateGroup {
    enum class Kind {
        SameIdNumber,          // certainly one person: the number is unique
        SameNameAndBirthDate,  // perhaps one person, perhaps two with the same name
    };
    Kind kind = Kind::SameIdNumber;
    QStringList childIds;
    QStringList names;
    QString idNumber;  // SameIdNumber: the shared number, normalised
    QDate birthDate;   // SameNameAndBirthDate: the shared day

    // "id_number" or "name_birth_date", for the command line's first column.
    QString kindCode() const;
    // Why the children are suspected, in the user's language; ID numbers masked.
    QString reason() const;
};

// The search for suspected duplicates over a whole ledger (live children, open or closed
// files): the same ID number, or the same name and date of birth. A pair already reported
// for its shared ID number is not reported again for its name. One pass over the register in
// SQL order, grouping in memory by two small keys, so a district of 100,000 children is fine.
class Duplicates {
    Q_DECLARE_TR_FUNCTIONS(Duplicates)

public:
    static Result<QVector<DuplicateGroup>> find(Ledger& ledger);
};

}  // namespace tongbao
