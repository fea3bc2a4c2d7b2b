#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace tongbao {

class Database;

// One audit row about a child or one of its records, with the few words that name the record
// (a measure's kind, a referral's department, a visit's date, a member's name) so that a
// sentence about it can be written without loading each record.
struct TimelineRow {
    qint64 seq = 0;
    QDateTime at;  // UTC
    QString actor;
    QString action;  // create, update, delete, ...
    QString entity;  // table name
    QString entityId;
    QString changes;  // JSON, as AuditLog writes it
    QString subject;  // see above; empty for the child, its guardianship and its household
};

// The audit SQL of the child's timeline: the history of the child's row and of every record
// hanging off it (guardianship, measures, referrals, visits), of its household and that
// household's members. Safety reports are left out: only the roles that handle them see them.
class TimelineQueries {
public:
    // Newest first; at most `limit` rows (all when negative).
    static QVector<TimelineRow> forChild(Database& db, const QString& childId, int limit = -1);
    // The heads' names of these households (also of households since deleted).
    static QHash<QString, QString> householdHeads(Database& db, const QStringList& householdIds);
};

}  // namespace tongbao
