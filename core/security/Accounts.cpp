#include "security/Accounts.h"

#include "backup/BackupKeyAdmin.h"
#include "common/Clock.h"
#include "crypt/LedgerEncryption.h"
#include "security/PasswordHash.h"
#include "storage/AccessLog.h"
#include "storage/AccountQueries.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

#include <QtDebug>

namespace tongbao {

namespace {

const QString kDemoSetting = QStringLiteral("accounts.demo");
const QString kAccountEntity = QStringLiteral("account");
constexpr int kLongestName = 64;
constexpr int kLongestWait = 300;

// Set while Ledger::open logs in from a credential source (the CLI): such a login is not written
// to the access log, since every CLI verb would add one; what the verb then does (prints,
// exports, imports, opened files) is. Wrong passwords are always written.
bool g_openingLogin = false;

Accounts::CredentialSource& credentialSource() {
    static Accounts::CredentialSource source;
    return source;
}

std::optional<Account> toAccount(const std::optional<AccountRow>& row) {
    if (!row)
        return std::nullopt;
    Account account;
    account.name = row->name;
    if (!roleFromCode(row->role, &account.role))
        return std::nullopt;  // the table's CHECK keeps other codes out
    account.disabled = row->disabled;
    account.mustChangePassword = row->mustChangePassword;
    account.createdAt = row->createdAt;
    account.passwordChangedAt = row->passwordChangedAt;
    account.hashParameters = row->hashParameters;
    return account;
}

Status saveFailed() {
    return Status::failure(
        Accounts::tr("The change could not be saved to the ledger file. Nothing was changed."));
}

}  // namespace

Accounts::Accounts(Ledger& ledger)
    : m_ledger(ledger) {}

int Accounts::secondsToWait(int failures) {
    if (failures < FreeAttempts)
        return 0;
    const int doublings = failures - FreeAttempts;
    if (doublings >= 6)
        return kLongestWait;
    return qMin(5 << doublings, kLongestWait);
}

bool Accounts::exist() const {
    return AccountQueries::hasAccounts(m_ledger.database());
}

QVector<Account> Accounts::list() const {
    QVector<Account> accounts;
    for (const AccountRow& row : AccountQueries::all(m_ledger.database())) {
        if (auto account = toAccount(row))
            accounts.append(*account);
    }
    return accounts;
}

std::optional<Account> Accounts::find(const QString& name) const {
    return toAccount(AccountQueries::find(m_ledger.database(), name));
}

std::optional<Account> Accounts::current() const {
    if (!m_ledger.writer().context().access.role())
        return std::nullopt;
    return find(m_ledger.writer().context().actor);
}

Status Accounts::throttle(const QString& name) const {
    const LoginFailures failures = AccountQueries::failures(m_ledger.database(), name);
    const int wait = secondsToWait(failures.count);
    if (wait == 0)
        return Status::success();
    // A clock set back makes the elapsed time negative: then the whole wait applies.
    const qint64 elapsed = qMax<qint64>(0, failures.last.secsTo(m_ledger.clock().nowUtc()));
    const qint64 remaining = wait - elapsed;
    if (remaining <= 0)
        return Status::success();
    return Status::failure(
        tr("Too many wrong passwords were typed. Wait %n second(s), then try again.", nullptr,
           int(remaining)));
}

void Accounts::recordAccess(const QString& action, const QString& actor) {
    AccessLog::record(m_ledger.database(), m_ledger.identity().id, actor,
                      AccessEvent{action, {}, {}}, m_ledger.clock());
}

Result<Account> Accounts::login(const QString& typedName, SecretBytes password) {
    const QString name = typedName.trimmed();
    Database& db = m_ledger.database();
    if (const Status waited = throttle(name); !waited)
        return waited;
    const std::optional<AccountRow> row = AccountQueries::find(db, name);
    const bool right = row && PasswordHash::verify(row->passwordHash, password);
    if (!right) {
        {
            Transaction transaction(db);
            AccountQueries::recordFailure(db, name, m_ledger.clock().nowUtc());
            transaction.commit();
        }
        // A name that is no account is not written down: it may be a password typed in the
        // wrong field.
        recordAccess(AccessLog::LoginFailed, row ? name : tr("(unknown user)"));
        // The same words for an unknown name and a wrong password, so that trying names
        // reveals nothing.
        return Status::failure(tr("The user name or the password is not right."));
    }
    AccountQueries::clearFailures(db, name);
    std::optional<Account> account = toAccount(row);
    if (!account)
        return Status::failure(tr("This account cannot be used; ask the administrator."));
    if (account->disabled)
        return Status::failure(
            tr("The account %1 was switched off by the administrator.").arg(name));
    if (PasswordHash::needsRehash(row->passwordHash))
        storePassword(name, password, row->mustChangePassword);  // a failure keeps the old one
    m_ledger.setActor(name);
    m_ledger.writer().setAccess(Access::as(account->role));
    if (!g_openingLogin)
        recordAccess(AccessLog::Login, name);
    // A ledger made before encryption existed is encrypted at its administrator's login (issue
    // 8); the other users then get a new password from the administrator, which makes their
    // key slots. A failure leaves the ledger plain and working, and is tried again next time.
    if (account->role == Role::Administrator && !LedgerEncryption::isEncrypted(m_ledger)) {
        const Status converted = LedgerEncryption::encrypt(m_ledger, name, password,
                                                           LedgerEncryption::conversionProgress());
        if (!converted)
            qWarning().noquote() << converted.message();
    }
    return *account;
}

Status Accounts::confirm(SecretBytes password) {
    const std::optional<Account> account = current();
    if (!account)
        return Status::failure(tr("Nobody is logged in."));
    const Result<Account> again = login(account->name, std::move(password));
    return again.status();
}

Status Accounts::checkName(const QString& name) const {
    if (name.isEmpty())
        return Status::failure(tr("Enter a user name."));
    if (name.size() > kLongestName)
        return Status::failure(tr("A user name can have at most %1 characters.").arg(kLongestName));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Status::failure(tr("A user name cannot contain invisible characters."));
    }
    return Status::success();
}

Status Accounts::checkNewPassword(const SecretBytes& password) const {
    // Characters, not bytes: a Chinese password of four characters is still short.
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(password.data()),
                                     qsizetype(password.size()));
    const qsizetype length = text.size();
    passwordBytes(text);  // overwrites the decoded copy
    if (length < MinimumPasswordLength)
        return Status::failure(
            tr("A password needs at least %1 characters.").arg(MinimumPasswordLength));
    return Status::success();
}

Status Accounts::requireAdministrator() const {
    return m_ledger.writer().context().access.require(Permission::ManageAccounts);
}

Status Accounts::audit(const QString& action, const QString& name, const QString& changes) {
    AuditEntry entry;
    entry.at = m_ledger.clock().nowUtc();
    entry.actor = m_ledger.writer().context().actor;
    entry.action = action;
    entry.entity = kAccountEntity;
    entry.entityId = name;
    entry.owner = m_ledger.identity().id;
    entry.changes = changes;
    AuditLog log(m_ledger.database());
    return log.append(entry) ? Status::success() : saveFailed();
}

Status Accounts::storePassword(const QString& name, const SecretBytes& password, bool mustChange) {
    const PasswordHash::Parameters parameters = PasswordHash::current();
    const QString hash = PasswordHash::hash(password, parameters);
    if (hash.isEmpty())
        return Status::failure(tr("There was not enough memory to protect the password."));
    if (!AccountQueries::setPassword(m_ledger.database(), name, hash,
                                     PasswordHash::describe(parameters), mustChange,
                                     m_ledger.clock().nowUtc()))
        return saveFailed();
    return Status::success();
}

Status Accounts::add(const QString& typedName, Role role, SecretBytes password) {
    const QString name = typedName.trimmed();
    const bool first = !exist();
    if (first && role != Role::Administrator)
        return Status::failure(tr("The first account of a ledger must be an administrator."));
    if (!first) {
        if (const Status allowed = requireAdministrator(); !allowed)
            return allowed;
    }
    if (const Status valid = checkName(name); !valid)
        return valid;
    if (const Status strong = checkNewPassword(password); !strong)
        return strong;
    if (find(name))
        return Status::failure(tr("There is already a user named %1.").arg(name));

    const PasswordHash::Parameters parameters = PasswordHash::current();
    AccountRow row;
    row.name = name;
    row.role = roleCode(role);
    row.passwordHash = PasswordHash::hash(password, parameters);
    if (row.passwordHash.isEmpty())
        return Status::failure(tr("There was not enough memory to protect the password."));
    row.hashParameters = PasswordHash::describe(parameters);
    row.createdAt = m_ledger.clock().nowUtc();
    row.passwordChangedAt = row.createdAt;

    Database& db = m_ledger.database();
    Transaction transaction(db);
    if (!AccountQueries::insert(db, row))
        return saveFailed();
    const QString previousActor = m_ledger.actor();
    const Access previousAccess = m_ledger.writer().context().access;
    if (first) {
        // The person who made the ledger is its administrator and goes on working as such
        // (and the history names them as the one who made the account).
        m_ledger.setActor(name);
        m_ledger.writer().setAccess(Access::as(Role::Administrator));
    }
    const Status audited = audit(QStringLiteral("create"), name,
                                 AuditLog::describeCreation({{QStringLiteral("role"), row.role}}));
    if (audited && transaction.commit()) {
        // The first account encrypts the ledger (issue 8); every later one gets a key slot.
        return first ? LedgerEncryption::encrypt(m_ledger, name, password)
                     : LedgerEncryption::setPasswordSlot(m_ledger, name, password);
    }
    m_ledger.setActor(previousActor);
    m_ledger.writer().setAccess(previousAccess);
    return audited ? saveFailed() : audited;
}

Status Accounts::changeOwnPassword(SecretBytes oldPassword, SecretBytes newPassword) {
    const std::optional<Account> account = current();
    if (!account)
        return Status::failure(tr("Log in first."));
    if (const Status waited = throttle(account->name); !waited)
        return waited;
    const std::optional<AccountRow> row = AccountQueries::find(m_ledger.database(), account->name);
    if (!row || !PasswordHash::verify(row->passwordHash, oldPassword)) {
        Transaction transaction(m_ledger.database());
        AccountQueries::recordFailure(m_ledger.database(), account->name,
                                      m_ledger.clock().nowUtc());
        transaction.commit();
        return Status::failure(tr("The current password is not right."));
    }
    if (const Status strong = checkNewPassword(newPassword); !strong)
        return strong;
    Transaction transaction(m_ledger.database());
    if (const Status stored = storePassword(account->name, newPassword, false); !stored)
        return stored;
    AccountQueries::clearFailures(m_ledger.database(), account->name);
    const Status audited =
        audit(QStringLiteral("update"), account->name,
              AuditLog::describeChanges({{QStringLiteral("password"), QString()}},
                                        {{QStringLiteral("password"), QStringLiteral("changed")}}));
    if (!audited)
        return audited;
    // Keys sealed under the old password follow it, in this transaction (issue 7).
    if (const Status resealed = BackupKeyAdmin::passwordChanged(m_ledger, oldPassword, newPassword);
        !resealed)
        return resealed;
    if (!transaction.commit())
        return saveFailed();
    // The key slot follows the password (issue 8): a re-wrap, no page is encrypted again.
    return LedgerEncryption::setPasswordSlot(m_ledger, account->name, newPassword);
}

Status Accounts::resetPassword(const QString& name, SecretBytes newPassword) {
    if (const Status allowed = requireAdministrator(); !allowed)
        return allowed;
    if (!find(name))
        return Status::failure(tr("There is no user named %1.").arg(name));
    if (const Status strong = checkNewPassword(newPassword); !strong)
        return strong;
    Transaction transaction(m_ledger.database());
    if (const Status stored = storePassword(name, newPassword, true); !stored)
        return stored;
    AccountQueries::clearFailures(m_ledger.database(), name);  // the administrator unlocks too
    const Status audited =
        audit(QStringLiteral("update"), name,
              AuditLog::describeChanges({{QStringLiteral("password"), QString()}},
                                        {{QStringLiteral("password"), QStringLiteral("reset")}}));
    if (!audited)
        return audited;
    if (!transaction.commit())
        return saveFailed();
    // Wrapped again from the administrator's own unlocked key (issue 8).
    return LedgerEncryption::setPasswordSlot(m_ledger, name, newPassword);
}

Status Accounts::setDisabled(const QString& name, bool disabled) {
    if (const Status allowed = requireAdministrator(); !allowed)
        return allowed;
    const std::optional<Account> account = find(name);
    if (!account)
        return Status::failure(tr("There is no user named %1.").arg(name));
    if (account->disabled == disabled)
        return Status::success();
    if (disabled && name == m_ledger.writer().context().actor)
        return Status::failure(tr("You cannot switch off your own account."));
    if (disabled && account->role == Role::Administrator &&
        AccountQueries::activeAdministrators(m_ledger.database()) <= 1)
        return Status::failure(
            tr("%1 is the only administrator; add another before switching this one off.")
                .arg(name));
    Transaction transaction(m_ledger.database());
    if (!AccountQueries::setDisabled(m_ledger.database(), name, disabled))
        return saveFailed();
    const Status audited =
        audit(QStringLiteral("update"), name,
              AuditLog::describeChanges({{QStringLiteral("disabled"), account->disabled ? 1 : 0}},
                                        {{QStringLiteral("disabled"), disabled ? 1 : 0}}));
    if (!audited)
        return audited;
    return transaction.commit() ? Status::success() : saveFailed();
}

Status Accounts::setRole(const QString& name, Role role) {
    if (const Status allowed = requireAdministrator(); !allowed)
        return allowed;
    const std::optional<Account> account = find(name);
    if (!account)
        return Status::failure(tr("There is no user named %1.").arg(name));
    if (account->role == role)
        return Status::success();
    if (account->role == Role::Administrator && !account->disabled &&
        AccountQueries::activeAdministrators(m_ledger.database()) <= 1)
        return Status::failure(
            tr("%1 is the only administrator; add another before changing this role.").arg(name));
    Transaction transaction(m_ledger.database());
    if (!AccountQueries::setRole(m_ledger.database(), name, roleCode(role)))
        return saveFailed();
    const Status audited =
        audit(QStringLiteral("update"), name,
              AuditLog::describeChanges({{QStringLiteral("role"), roleCode(account->role)}},
                                        {{QStringLiteral("role"), roleCode(role)}}));
    if (!audited)
        return audited;
    return transaction.commit() ? Status::success() : saveFailed();
}

QString Accounts::demoPassword() {
    return QStringLiteral("tongbao-demo");
}

bool Accounts::isDemo(const Ledger& ledger) {
    return ledger.setting(kDemoSetting) == QLatin1String("1");
}

Status Accounts::addDemoAccounts() {
    const struct {
        const char* name;
        Role role;
    } demo[] = {{"admin", Role::Administrator},
                {"supervisor", Role::Supervisor},
                {"reviewer", Role::Reviewer}};
    for (const auto& entry : demo) {
        QString password = demoPassword();
        const Status added =
            add(QString::fromLatin1(entry.name), entry.role, passwordBytes(password));
        if (!added)
            return added;
    }
    if (const Status marked = LedgerEncryption::markDemo(m_ledger); !marked)
        return marked;
    return m_ledger.setSetting(kDemoSetting, QStringLiteral("1"));
}

Status Accounts::admit(Ledger& ledger) {
    if (!AccountQueries::hasAccounts(ledger.database()))
        return Status::success();
    ledger.writer().setAccess(Access::signedOut());
    const CredentialSource& source = credentialSource();
    if (!source)
        return Status::success();
    Result<Credentials> credentials = source(ledger.actor());
    if (!credentials)
        return credentials.status();
    Accounts accounts(ledger);
    g_openingLogin = true;
    const Status loggedIn =
        accounts.login(credentials->name, std::move(credentials->password)).status();
    g_openingLogin = false;
    return loggedIn;
}

Result<Credentials> Accounts::credentialsFor(const QString& actor) {
    const CredentialSource& source = credentialSource();
    if (!source)
        return Status::failure(tr("This ledger is encrypted. Log in to open it."));
    return source(actor);
}

void Accounts::setCredentialSource(CredentialSource source) {
    credentialSource() = std::move(source);
}

}  // namespace tongbao
