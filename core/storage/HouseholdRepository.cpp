#include "storage/HouseholdRepository.h"

#include "storage/SearchIndex.h"

#include <QSet>

namespace tongbao {

namespace {
QVector<Column<Household>> householdColumns() {
    return {
        TONGBAO_COLUMN(Household, "head_name", headName),
        TONGBAO_COLUMN(Household, "head_id_number", headIdNumber),
        TONGBAO_COLUMN(Household, "phone", phone),
        TONGBAO_COLUMN(Household, "area_code", areaCode),
        TONGBAO_COLUMN(Household, "village_group", villageGroup),
        TONGBAO_COLUMN(Household, "address", address),
        TONGBAO_COLUMN(Household, "income_sources", incomeSources),
        TONGBAO_COLUMN(Household, "support_status", supportStatus),
        TONGBAO_COLUMN(Household, "notes", notes),
    };
}

QVector<Column<HouseholdMember>> memberColumns() {
    return {
        TONGBAO_COLUMN(HouseholdMember, "household_id", householdId),
        TONGBAO_COLUMN(HouseholdMember, "name", name),
        TONGBAO_COLUMN(HouseholdMember, "id_number", idNumber),
        TONGBAO_COLUMN(HouseholdMember, "relation", relation),
        TONGBAO_COLUMN(HouseholdMember, "birth_date", birthDate),
        TONGBAO_COLUMN(HouseholdMember, "notes", notes),
    };
}
}  // namespace

HouseholdRepository::HouseholdRepository(Database& db, RecordWriter& writer)
    : m_db(db)
    , m_households(db, writer, QStringLiteral("household"), householdColumns())
    , m_members(db, writer, QStringLiteral("household_member"), memberColumns()) {}

Result<Household> HouseholdRepository::load(const QString& id) const {
    Result<Household> household = m_households.load(id);
    if (household)
        household->members =
            m_members.where(QStringLiteral("household_id"), id, QStringLiteral("birth_date, name"));
    return household;
}

Status HouseholdRepository::save(Household& household) {
    Transaction transaction(m_db);
    Status saved = m_households.save(household);
    if (!saved)
        return saved;
    QSet<QString> kept;
    for (HouseholdMember& member : household.members) {
        member.householdId = household.meta.id;
        saved = m_members.save(member);
        if (!saved)
            return saved;
        kept.insert(member.meta.id);
    }
    const QVector<HouseholdMember> stored =
        m_members.where(QStringLiteral("household_id"), household.meta.id);
    for (const HouseholdMember& member : stored) {
        if (kept.contains(member.meta.id))
            continue;
        saved = m_members.remove(member.meta.id);
        if (!saved)
            return saved;
    }
    // The children's search keys hold the head's name.
    if (!SearchIndex::updateHousehold(m_db, household.meta.id) || !transaction.commit())
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The household could not be saved. Nothing was changed."));
    return Status::success();
}

Status HouseholdRepository::remove(const QString& id) {
    Transaction transaction(m_db);
    for (const HouseholdMember& member : m_members.where(QStringLiteral("household_id"), id)) {
        const Status removed = m_members.remove(member.meta.id);
        if (!removed)
            return removed;
    }
    const Status removed = m_households.remove(id);
    if (!removed)
        return removed;
    if (!transaction.commit())
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The household could not be deleted. Nothing was changed."));
    return Status::success();
}

}  // namespace tongbao
