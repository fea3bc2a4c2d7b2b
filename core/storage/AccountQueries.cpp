#include "storage/AccountQueries.h"

#include "storage/Database.h"

namespace tongbao {

namespace {

const QString kColumns = QStringLiteral(
    "name, role, password_hash, hash_parameters, disabled, must_change_password, created_at, "
    "password_changed_at");

AccountRow readRow(const SqlQuery& query) {
    AccountRow row;
    row.name = query.value(0).toString();
    row.role = query.value(1).toString();
    row.passwordHash = query.value(2).toString();
    row.hashParameters = query.value(3).toString();
    row.disabled = query.value(4).toLongLong() != 0;
    row.mustChangePassword = query.value(5).toLongLong() != 0;
    sqlvalue::from(query.value(6), row.createdAt);
    sqlvalue::from(query.value(7), row.passwordChangedAt);
    return row;
}

}  // namespace

QStringList AccountQueries::schema() {
    return {
        QStringLiteral("CREATE TABLE account (\n"
                       "  name TEXT PRIMARY KEY NOT NULL,\n"
                       "  role TEXT NOT NULL CHECK (role IN ('administrator', 'supervisor', "
                       "'reviewer', 'town')),\n"
                       "  password_hash TEXT NOT NULL,\n"
                       "  hash_parameters TEXT NOT NULL,\n"
                       "  disabled INTEGER NOT NULL DEFAULT 0,\n"
                       "  must_change_password INTEGER NOT NULL DEFAULT 0,\n"
                       "  created_at TEXT NOT NULL,\n"
                       "  password_changed_at TEXT NOT NULL\n)"),
        QStringLiteral("CREATE TABLE login_failure (\n"
                       "  name TEXT PRIMARY KEY NOT NULL,\n"
                       "  failures INTEGER NOT NULL,\n"
                       "  last_failure TEXT NOT NULL\n)"),
    };
}

bool AccountQueries::hasAccounts(Database& db) {
    SqlQuery query(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)"));
    return query.exec() && query.next() && query.value(0).toLongLong() != 0;
}

std::optional<AccountRow> AccountQueries::find(Database& db, const QString& name) {
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM account WHERE name = :name").arg(kColumns));
    query.bind(QStringLiteral(":name"), name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRow(query);
}

QVector<AccountRow> AccountQueries::all(Database& db) {
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM account ORDER BY name").arg(kColumns));
    QVector<AccountRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

int AccountQueries::activeAdministrators(Database& db) {
    SqlQuery query(db, QStringLiteral("SELECT count(*) FROM account WHERE role = 'administrator' "
                                      "AND disabled = 0"));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool AccountQueries::insert(Database& db, const AccountRow& row) {
    SqlQuery query(db, QStringLiteral("INSERT INTO account (%1) VALUES (:name, :role, :hash, "
                                      ":parameters, :disabled, :must_change, :created_at, "
                                      ":changed_at)")
                           .arg(kColumns));
    query.bind(QStringLiteral(":name"), row.name)
        .bind(QStringLiteral(":role"), row.role)
        .bind(QStringLiteral(":hash"), row.passwordHash)
        .bind(QStringLiteral(":parameters"), row.hashParameters)
        .bind(QStringLiteral(":disabled"), row.disabled ? 1 : 0)
        .bind(QStringLiteral(":must_change"), row.mustChangePassword ? 1 : 0)
        .bind(QStringLiteral(":created_at"), sqlvalue::timeText(row.createdAt))
        .bind(QStringLiteral(":changed_at"), sqlvalue::timeText(row.passwordChangedAt));
    return query.exec();
}

bool AccountQueries::setPassword(Database& db,
                                 const QString& name,
                                 const QString& hash,
                                 const QString& parameters,
                                 bool mustChange,
                                 const QDateTime& at) {
    SqlQuery query(db, QStringLiteral("UPDATE account SET password_hash = :hash, hash_parameters "
                                      "= :parameters, must_change_password = :must_change, "
                                      "password_changed_at = :at WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":parameters"), parameters)
        .bind(QStringLiteral(":must_change"), mustChange ? 1 : 0)
        .bind(QStringLiteral(":at"), sqlvalue::timeText(at));
    return query.exec() && query.rowsAffected() == 1;
}

bool AccountQueries::setDisabled(Database& db, const QString& name, bool disabled) {
    SqlQuery query(db,
                   QStringLiteral("UPDATE account SET disabled = :disabled WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":disabled"), disabled ? 1 : 0);
    return query.exec() && query.rowsAffected() == 1;
}

bool AccountQueries::setRole(Database& db, const QString& name, const QString& role) {
    SqlQuery query(db, QStringLiteral("UPDATE account SET role = :role WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":role"), role);
    return query.exec() && query.rowsAffected() == 1;
}

LoginFailures AccountQueries::failures(Database& db, const QString& name) {
    SqlQuery query(db, QStringLiteral("SELECT failures, last_failure FROM login_failure WHERE "
                                      "name = :name"));
    query.bind(QStringLiteral(":name"), name);
    LoginFailures failures;
    if (query.exec() && query.next()) {
        failures.count = query.value(0).toInt();
        sqlvalue::from(query.value(1), failures.last);
    }
    return failures;
}

bool AccountQueries::recordFailure(Database& db, const QString& name, const QDateTime& at) {
    SqlQuery query(db,
                   QStringLiteral("INSERT INTO login_failure (name, failures, last_failure) "
                                  "VALUES (:name, 1, :at) ON CONFLICT(name) DO UPDATE SET "
                                  "failures = failures + 1, last_failure = excluded.last_failure"));
    query.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":at"), sqlvalue::timeText(at));
    return query.exec();
}

bool AccountQueries::clearFailures(Database& db, const QString& name) {
    SqlQuery query(db, QStringLiteral("DELETE FROM login_failure WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name);
    return query.exec();
}

}  // namespace tongbao
