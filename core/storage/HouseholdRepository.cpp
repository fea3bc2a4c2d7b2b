#include "storage/HouseholdRepository.h"

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
    : m_writer(writer)
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
    return write(household, false);
}

Status HouseholdRepository::add(Household& household) {
    return write(household, true);
}

Status HouseholdRepository::write(Household& household, bool newById) {
    WriteUnit unit(m_writer);
    if (!unit.active())
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The household could not be saved. Nothing was changed."));
    // A new household has no stored members or children yet.
    const bool existed = !newById && m_households.exists(household.meta.id);
    Status saved = existed ? m_households.save(household) : m_households.add(household);
    if (!saved)
        return saved;
    QSet<QString> kept;
    for (HouseholdMember& member : household.members) {
        member.householdId = household.meta.id;
        saved = newById ? m_members.add(member) : m_members.save(member);
        if (!saved)
            return saved;
        kept.insert(member.meta.id);
    }
    // Members no longer listed are tombstoned; a new household has no others (its members
    // refer to it, so none can be stored before it).
    const QVector<HouseholdMember> stored =
        existed ? m_members.where(QStringLiteral("household_id"), household.meta.id)
                : QVector<HouseholdMember>();
    for (const HouseholdMember& member : stored) {
        if (kept.contains(member.meta.id))
            continue;
        saved = m_members.remove(member.meta.id);
        if (!saved)
            return saved;
    }
    // The children's search keys hold the head's name.
    if ((existed && !m_writer.householdSearchKeysChanged(household.meta.id)) || !unit.commit())
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The household could not be saved. Nothing was changed."));
    return Status::success();
}

Status HouseholdRepository::remove(const QString& id) {
    WriteUnit unit(m_writer);
    for (const HouseholdMember& member : m_members.where(QStringLiteral("household_id"), id)) {
        const Status removed = m_members.remove(member.meta.id);
        if (!removed)
            return removed;
    }
    const Status removed = m_households.remove(id);
    if (!removed)
        return removed;
    if (!unit.commit())
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The household could not be deleted. Nothing was changed."));
    return Status::success();
}

}  // namespace tongbao
