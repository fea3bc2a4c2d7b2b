#include "storage/CaseRepositories.h"

namespace tongbao {

namespace {

QVector<Column<Guardianship>> guardianshipColumns() {
    return {
        TONGBAO_COLUMN(Guardianship, "child_id", childId),
        TONGBAO_COLUMN(Guardianship, "father_status", father.status),
        TONGBAO_COLUMN(Guardianship, "father_since", father.since),
        TONGBAO_COLUMN(Guardianship, "father_whereabouts", father.whereabouts),
        TONGBAO_COLUMN(Guardianship, "mother_status", mother.status),
        TONGBAO_COLUMN(Guardianship, "mother_since", mother.since),
        TONGBAO_COLUMN(Guardianship, "mother_whereabouts", mother.whereabouts),
        TONGBAO_COLUMN(Guardianship, "caregiver_name", caregiverName),
        TONGBAO_COLUMN(Guardianship, "caregiver_id_number", caregiverIdNumber),
        TONGBAO_COLUMN(Guardianship, "caregiver_relation", caregiverRelation),
        TONGBAO_COLUMN(Guardianship, "caregiver_age", caregiverAge),
        TONGBAO_COLUMN(Guardianship, "caregiver_health", caregiverHealth),
        TONGBAO_COLUMN(Guardianship, "caregiver_phone", caregiverPhone),
        TONGBAO_COLUMN(Guardianship, "guardianship_type", guardianshipType),
        TONGBAO_COLUMN(Guardianship, "capacity", capacity),
        TONGBAO_COLUMN(Guardianship, "entrusted_notice_date", entrustedNoticeDate),
        TONGBAO_COLUMN(Guardianship, "notes", notes),
    };
}

QVector<Column<Measure>> measureColumns() {
    return {
        TONGBAO_COLUMN(Measure, "child_id", childId),
        TONGBAO_COLUMN(Measure, "kind", kind),
        TONGBAO_COLUMN(Measure, "department", department),
        TONGBAO_COLUMN(Measure, "start_date", startDate),
        TONGBAO_COLUMN(Measure, "end_date", endDate),
        TONGBAO_COLUMN(Measure, "amount_fen", amountFenPerMonth),
        TONGBAO_COLUMN(Measure, "status", status),
        TONGBAO_COLUMN(Measure, "notes", notes),
    };
}

QVector<Column<Referral>> referralColumns() {
    return {
        TONGBAO_COLUMN(Referral, "child_id", childId),
        TONGBAO_COLUMN(Referral, "department", department),
        TONGBAO_COLUMN(Referral, "referred_on", referredOn),
        TONGBAO_COLUMN(Referral, "purpose", purpose),
        TONGBAO_COLUMN(Referral, "outcome", outcome),
        TONGBAO_COLUMN(Referral, "outcome_on", outcomeOn),
    };
}

QVector<Column<Visit>> visitColumns() {
    return {
        TONGBAO_COLUMN(Visit, "child_id", childId),
        TONGBAO_COLUMN(Visit, "visit_date", visitDate),
        TONGBAO_COLUMN(Visit, "mode", mode),
        TONGBAO_COLUMN(Visit, "visitor", visitor),
        TONGBAO_COLUMN(Visit, "seen_in_person", childSeenInPerson),
        TONGBAO_COLUMN(Visit, "living", living.result),
        TONGBAO_COLUMN(Visit, "living_note", living.note),
        TONGBAO_COLUMN(Visit, "health", health.result),
        TONGBAO_COLUMN(Visit, "health_note", health.note),
        TONGBAO_COLUMN(Visit, "schooling", schooling.result),
        TONGBAO_COLUMN(Visit, "schooling_note", schooling.note),
        TONGBAO_COLUMN(Visit, "safety", safety.result),
        TONGBAO_COLUMN(Visit, "safety_note", safety.note),
        TONGBAO_COLUMN(Visit, "mood", mood.result),
        TONGBAO_COLUMN(Visit, "mood_note", mood.note),
        TONGBAO_COLUMN(Visit, "guardianship_assessment", guardianshipAssessment),
        TONGBAO_COLUMN(Visit, "problems", problems),
        TONGBAO_COLUMN(Visit, "needs", needs),
        TONGBAO_COLUMN(Visit, "actions", actions),
        TONGBAO_COLUMN(Visit, "follow_up", followUp),
        TONGBAO_COLUMN(Visit, "triggered_safety_report", triggeredSafetyReport),
        TONGBAO_COLUMN(Visit, "next_visit_date", nextVisitDate),
        TONGBAO_COLUMN(Visit, "guardian_confirmed", guardianConfirmed),
    };
}

}  // namespace

GuardianshipRepository::GuardianshipRepository(Database& db, RecordWriter& writer)
    : ChildRecordRepository<Guardianship>(db,
                                          writer,
                                          QStringLiteral("guardianship"),
                                          guardianshipColumns(),
                                          QStringLiteral("rev")) {}

std::optional<Guardianship> GuardianshipRepository::ofChild(const QString& childId) const {
    const QVector<Guardianship> rows = forChild(childId);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

MeasureRepository::MeasureRepository(Database& db, RecordWriter& writer)
    : ChildRecordRepository<Measure>(db,
                                     writer,
                                     QStringLiteral("measure"),
                                     measureColumns(),
                                     QStringLiteral("start_date DESC, rev DESC")) {}

ReferralRepository::ReferralRepository(Database& db, RecordWriter& writer)
    : ChildRecordRepository<Referral>(db,
                                      writer,
                                      QStringLiteral("referral"),
                                      referralColumns(),
                                      QStringLiteral("referred_on DESC, rev DESC")) {}

VisitRepository::VisitRepository(Database& db, RecordWriter& writer)
    : ChildRecordRepository<Visit>(db,
                                   writer,
                                   QStringLiteral("visit"),
                                   visitColumns(),
                                   QStringLiteral("visit_date DESC, rev DESC")) {}

}  // namespace tongbao
