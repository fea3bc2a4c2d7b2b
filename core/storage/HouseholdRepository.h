#pragma once

#include "domain/Household.h"
#include "storage/RecordRepository.h"

namespace tongbao {

// Households with their members, saved and loaded as one aggregate: saving a household
// writes the household row and each member, and tombstones members no longer listed, in one
// transaction.
class HouseholdRepository {
public:
    HouseholdRepository(Database& db, RecordWriter& writer);

    Result<Household> load(const QString& id) const;
    Status save(Household& household);
    // A new household whose id and members' ids are new by construction
    // (RecordRepository::add).
    Status add(Household& household);
    Status remove(const QString& id);
    bool exists(const QString& id) const { return m_households.exists(id); }

private:
    Status write(Household& household, bool newById);

    RecordWriter& m_writer;
    RecordRepository<Household> m_households;
    RecordRepository<HouseholdMember> m_members;
};

}  // namespace tongbao
