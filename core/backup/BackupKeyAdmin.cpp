#include "backup/BackupKeyAdmin.h"

#include "backup/BackupKey.h"
#include "security/PasswordHash.h"
#include "storage/Ledger.h"
#include "storage/RecordWriter.h"

namespace tongbao {

namespace {

// BackupKey takes the password as text; the copy is overwritten when it goes.
class PasswordText {
public:
    explicit PasswordText(const SecretBytes& password)
        : m_text(QString::fromUtf8(reinterpret_cast<const char*>(password.data()),
                                   qsizetype(password.size()))) {}
    ~PasswordText() { passwordBytes(m_text); }
    PasswordText(const PasswordText&) = delete;
    PasswordText& operator=(const PasswordText&) = delete;
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

bool isAdministrator(Ledger& ledger) {
    const std::optional<Role> role = ledger.writer().context().access.role();
    return role && *role == Role::Administrator;
}

}  // namespace

bool BackupKeyAdmin::maySetUp(Ledger& ledger) {
    const Access& access = ledger.writer().context().access;
    return access.isUnrestricted() || isAdministrator(ledger);
}

Status BackupKeyAdmin::setUpIfMissing(Ledger& ledger,
                                      const SecretBytes& password,
                                      const KdfLimits& limits) {
    if (!maySetUp(ledger) || BackupKey::ofLedger(ledger))
        return Status::success();
    const PasswordText text(password);
    return BackupKey::setUp(ledger, text.text(), limits).status();
}

Status BackupKeyAdmin::passwordChanged(Ledger& ledger,
                                       const SecretBytes& oldPassword,
                                       const SecretBytes& newPassword) {
    // Only an administrator's password seals the key; anyone else's change costs nothing here.
    if (!isAdministrator(ledger))
        return Status::success();
    const std::optional<BackupKey> key = BackupKey::ofLedger(ledger);
    if (!key)
        return Status::success();
    const PasswordText oldText(oldPassword);
    const PasswordText newText(newPassword);
    if (!key->unlock(oldText.text()))
        return Status::success();  // sealed under another administrator's password
    const Result<BackupKey> resealed =
        key->resealed(oldText.text(), newText.text(), key->kdfLimits());
    if (!resealed)
        return resealed.status();
    return ledger.setSetting(QLatin1String(BackupKey::SettingKey), resealed->toText());
}

}  // namespace tongbao
