#include "storage/PolicyQueries.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"

#include <QHash>

namespace tongbao {

namespace {

const char* const kSubject =
    "SELECT c.id, c.name, c.village_group, c.file_status, c.birth_date, c.categories,"
    "       c.health, c.disability_category, c.disability_level, c.disability_certificate,"
    "       c.schooling, c.medical_insurance, c.registered_poor, c.diagnoses, c.living_setting,"
    "       g.father_status, g.mother_status, g.guardianship_type, g.capacity,"
    "       h.support_status"
    "  FROM child c"
    "  LEFT JOIN guardianship g ON g.child_id = c.id AND g.deleted = 0"
    "  LEFT JOIN household h ON h.id = c.household_id AND h.deleted = 0";

const char* const kMeasures =
    "SELECT m.child_id, m.id, m.kind, m.department, m.status, m.start_date, m.end_date"
    "  FROM measure m";

const char* const kReferrals =
    "SELECT r.child_id, r.id, r.department, r.referred_on, r.purpose, r.outcome, r.outcome_on"
    "  FROM referral r";

PolicySubject subjectRow(const SqlQuery& q) {
    PolicySubject s;
    s.childId = q.value(0).toString();
    s.name = q.value(1).toString();
    s.villageGroup = q.value(2).toString();
    s.fileStatus = q.value(3).toString();
    sqlvalue::from(q.value(4), s.birthDate);
    sqlvalue::from(q.value(5), s.categories);
    s.health = q.value(6).toString();
    s.disabilityCategory = q.value(7).toString();
    s.disabilityLevel = q.value(8).toInt();
    s.disabilityCertified = !q.value(9).toString().isEmpty();
    s.schooling = q.value(10).toString();
    s.medicalInsurance = q.value(11).toString();
    sqlvalue::from(q.value(12), s.registeredPoor);
    sqlvalue::from(q.value(13), s.diagnoses);
    s.livingSetting = q.value(14).toString();
    s.fatherStatus = q.value(15).toString();
    s.motherStatus = q.value(16).toString();
    s.guardianshipType = q.value(17).toString();
    s.guardianCapacity = q.value(18).toString();
    s.supportStatus = q.value(19).toString();
    return s;
}

PolicyMeasure measureRow(const SqlQuery& q) {
    PolicyMeasure m;
    m.id = q.value(1).toString();
    m.kind = q.value(2).toString();
    m.department = q.value(3).toString();
    m.status = q.value(4).toString();
    sqlvalue::from(q.value(5), m.startDate);
    sqlvalue::from(q.value(6), m.endDate);
    return m;
}

PolicyReferral referralRow(const SqlQuery& q) {
    PolicyReferral r;
    r.id = q.value(1).toString();
    r.department = q.value(2).toString();
    sqlvalue::from(q.value(3), r.referredOn);
    r.purpose = q.value(4).toString();
    r.outcome = q.value(5).toString();
    sqlvalue::from(q.value(6), r.outcomeOn);
    return r;
}

}  // namespace

PolicyQueries::PolicyQueries(Database& db)
    : m_db(db) {}

QStringList PolicyQueries::schema() {
    return {
        QStringLiteral("ALTER TABLE child ADD COLUMN medical_insurance TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE child ADD COLUMN registered_poor INTEGER"),
        QStringLiteral("ALTER TABLE child ADD COLUMN diagnoses TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE child ADD COLUMN living_setting TEXT NOT NULL DEFAULT ''"),
    };
}

bool PolicyQueries::forEachOpenFile(
    const std::function<void(const PolicySubject&)>& subject) const {
    // Children, their measures and their referrals, each read once in child-id order and joined
    // as they stream by: memory stays that of one child whatever the size of the ledger (the
    // workbench counts in the background of a window that must stay under its memory budget),
    // and three sequential passes are far cheaper than a look-up per child. The measures and
    // referrals are ordered by c.id, not by their own child_id (the same value): SQLite then
    // reads the active children from child_list_file_status, which is in id order, and each
    // child's rows from its index, and sorts nothing. Ordered by m.child_id it sorted every
    // measure of the ledger in memory first (23 MB at 100,000 children: with temp_store =
    // MEMORY a sort never spills, whatever the cache size), beside the window's own memory.
    const QString active = QStringLiteral("active");
    SqlQuery measures(m_db, QString::fromLatin1(kMeasures) +
                                QStringLiteral(" JOIN child c ON c.id = m.child_id"
                                               " WHERE m.deleted = 0 AND c.deleted = 0"
                                               "   AND c.file_status = :active"
                                               " ORDER BY c.id"));
    SqlQuery referrals(m_db, QString::fromLatin1(kReferrals) +
                                 QStringLiteral(" JOIN child c ON c.id = r.child_id"
                                                " WHERE r.deleted = 0 AND c.deleted = 0"
                                                "   AND c.file_status = :active"
                                                " ORDER BY c.id"));
    SqlQuery children(m_db, QString::fromLatin1(kSubject) +
                                QStringLiteral(" WHERE c.deleted = 0 AND c.file_status = :active"
                                               " ORDER BY c.id"));
    for (SqlQuery* query : {&measures, &referrals, &children}) {
        query->raw().setForwardOnly(true);
        query->bind(QStringLiteral(":active"), active);
        if (!query->exec())
            return false;
    }
    bool moreMeasures = measures.next();
    bool moreReferrals = referrals.next();
    // Ids are ASCII, so SQLite's byte order and QString's agree.
    while (children.next()) {
        PolicySubject s = subjectRow(children);
        while (moreMeasures && measures.value(0).toString() < s.childId)
            moreMeasures = measures.next();
        while (moreMeasures && measures.value(0).toString() == s.childId) {
            s.measures.append(measureRow(measures));
            moreMeasures = measures.next();
        }
        while (moreReferrals && referrals.value(0).toString() < s.childId)
            moreReferrals = referrals.next();
        while (moreReferrals && referrals.value(0).toString() == s.childId) {
            s.referrals.append(referralRow(referrals));
            moreReferrals = referrals.next();
        }
        subject(s);
    }
    return true;
}

std::optional<PolicySubject> PolicyQueries::child(const QString& childId) const {
    SqlQuery q(m_db, QString::fromLatin1(kSubject) +
                         QStringLiteral(" WHERE c.id = :id AND c.deleted = 0"));
    q.bind(QStringLiteral(":id"), childId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PolicySubject s = subjectRow(q);
    SqlQuery m(m_db, QString::fromLatin1(kMeasures) +
                         QStringLiteral(" WHERE m.child_id = :id AND m.deleted = 0"
                                        " ORDER BY m.start_date, m.id"));
    m.bind(QStringLiteral(":id"), childId);
    if (!m.exec())
        return std::nullopt;
    while (m.next())
        s.measures.append(measureRow(m));
    SqlQuery r(m_db, QString::fromLatin1(kReferrals) +
                         QStringLiteral(" WHERE r.child_id = :id AND r.deleted = 0"
                                        " ORDER BY r.referred_on, r.id"));
    r.bind(QStringLiteral(":id"), childId);
    if (!r.exec())
        return std::nullopt;
    while (r.next())
        s.referrals.append(referralRow(r));
    return s;
}

}  // namespace tongbao
