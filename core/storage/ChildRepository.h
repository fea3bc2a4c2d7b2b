#pragma once

#include "domain/Child.h"
#include "storage/RecordRepository.h"

namespace tongbao {

// Children's files. Duplicate checks and list queries for the register build on this.
class ChildRepository : public RecordRepository<Child> {
public:
    ChildRepository(Database& db, RecordWriter& writer);

    // As RecordRepository, and the child's search keys (SearchIndex) in the same transaction.
    Status save(Child& child);
    Status add(Child& child);
    Status add(PreparedRecord<Child>& prepared);
    Status remove(const QString& id);

    // Live children with this normalised ID number (normally none or one).
    QVector<Child> withIdNumber(const QString& idNumber) const;
    QVector<Child> inHousehold(const QString& householdId) const;

private:
    // `prepared`: the child's fields and change list made ahead (add() of a prepared record).
    Status write(Child& child, bool newById, PreparedRecord<Child>* prepared = nullptr);
};

}  // namespace tongbao
