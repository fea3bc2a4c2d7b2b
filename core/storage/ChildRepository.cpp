#include "storage/ChildRepository.h"

namespace tongbao {

namespace {
QVector<Column<Child>> childColumns() {
    return {
        TONGBAO_REFERENCE(Child, "household_id", householdId),
        TONGBAO_COLUMN(Child, "name", name),
        TONGBAO_COLUMN(Child, "id_number", idNumber),
        TONGBAO_COLUMN(Child, "sex", sex),
        TONGBAO_COLUMN(Child, "birth_date", birthDate),
        TONGBAO_COLUMN(Child, "ethnicity", ethnicity),
        TONGBAO_COLUMN(Child, "hukou_registered", hukouRegistered),
        TONGBAO_COLUMN(Child, "hukou_area_code", hukouAreaCode),
        TONGBAO_COLUMN(Child, "hukou_address", hukouAddress),
        TONGBAO_COLUMN(Child, "residence_area_code", residenceAreaCode),
        TONGBAO_COLUMN(Child, "residence_address", residenceAddress),
        TONGBAO_COLUMN(Child, "village_group", villageGroup),
        TONGBAO_COLUMN(Child, "categories", categories),
        TONGBAO_COLUMN(Child, "risk_level", riskLevel),
        TONGBAO_COLUMN(Child, "health", health),
        TONGBAO_COLUMN(Child, "illness_type", illnessType),
        TONGBAO_COLUMN(Child, "disability_certificate", disabilityCertificate),
        TONGBAO_COLUMN(Child, "disability_category", disabilityCategory),
        TONGBAO_COLUMN(Child, "disability_level", disabilityLevel),
        TONGBAO_COLUMN(Child, "schooling", schooling),
        TONGBAO_COLUMN(Child, "school_name", schoolName),
        TONGBAO_COLUMN(Child, "boarding", boarding),
        TONGBAO_COLUMN(Child, "phone", phone),
        TONGBAO_COLUMN(Child, "file_status", fileStatus),
        TONGBAO_COLUMN(Child, "exit_reason", exitReason),
        TONGBAO_COLUMN(Child, "exit_date", exitDate),
        TONGBAO_COLUMN(Child, "opened_on", openedOn),
        TONGBAO_COLUMN(Child, "notes", notes),
        TONGBAO_COLUMN(Child, "medical_insurance", medicalInsurance),
        TONGBAO_COLUMN(Child, "registered_poor", registeredPoor),
        TONGBAO_COLUMN(Child, "diagnoses", diagnoses),
        TONGBAO_COLUMN(Child, "living_setting", livingSetting),
    };
}
}  // namespace

ChildRepository::ChildRepository(Database& db, RecordWriter& writer)
    : RecordRepository<Child>(db, writer, QStringLiteral("child"), childColumns()) {}

Status ChildRepository::save(Child& child) {
    return write(child, false);
}

Status ChildRepository::add(Child& child) {
    return write(child, true);
}

Status ChildRepository::add(PreparedRecord<Child>& prepared) {
    return write(prepared.record, true, &prepared);
}

Status ChildRepository::write(Child& child, bool newById, PreparedRecord<Child>* prepared) {
    const SyncMeta before = child.meta;
    WriteUnit unit(m_writer);
    const Status saved = prepared  ? RecordRepository<Child>::add(*prepared)
                         : newById ? RecordRepository<Child>::add(child)
                                   : RecordRepository<Child>::save(child);
    if (!saved)
        return saved;
    if (!m_writer.searchKeysChanged(child.meta.id) || !unit.commit()) {
        child.meta = before;  // nothing was stored, so the record is as it was
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The child's file could not be saved. Nothing was changed."));
    }
    return Status::success();
}

Status ChildRepository::remove(const QString& id) {
    WriteUnit unit(m_writer);
    const Status removed = RecordRepository<Child>::remove(id);
    if (!removed)
        return removed;
    if (!m_writer.searchKeysChanged(id) || !unit.commit())
        return Status::failure(QCoreApplication::translate(
            "RecordRepository", "The child's file could not be deleted. Nothing was changed."));
    return Status::success();
}

QVector<Child> ChildRepository::withIdNumber(const QString& idNumber) const {
    if (idNumber.isEmpty())
        return {};
    return where(QStringLiteral("id_number"), idNumber, QStringLiteral("rev"));
}

QVector<Child> ChildRepository::inHousehold(const QString& householdId) const {
    return where(QStringLiteral("household_id"), householdId, QStringLiteral("birth_date, name"));
}

}  // namespace tongbao
