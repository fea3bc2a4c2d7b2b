#include "crypt/CipherHeader.h"

#include "security/Sodium.h"

#include <QtEndian>

#include <sodium.h>

namespace tongbao {

namespace {

// Layout of the block (little-endian numbers):
//   0  magic, 32 bytes       40 reserved bytes per page      64 generation, 72 flags
//   32 format version        44 slot count                   80 slots, 128 bytes each
//   36 page size             48 salt, 16 bytes               4032 checksum, 4064 MAC
// The file holds the block twice; a rewrite writes one copy, syncs, then the other, so that a
// write cut short by a dead battery leaves one whole copy (the checksum tells which).
const QByteArray kMagic("Tongbao encrypted ledger\n\0\0\0\0\0\0\0", 32);
constexpr int kVersionAt = 32;
constexpr int kPageSizeAt = 36;
constexpr int kReserveAt = 40;
constexpr int kSlotCountAt = 44;
constexpr int kSaltAt = 48;
constexpr int kGenerationAt = 64;
constexpr int kFlagsAt = 72;
constexpr quint32 kDemoFlag = 1;
constexpr int kSlotsAt = 80;
constexpr int kSlotSize = 128;
constexpr int kMacAt = CipherHeader::Size - 32;
constexpr int kChecksumAt = kMacAt - 32;
constexpr int kMaxSlots = (kChecksumAt - kSlotsAt) / kSlotSize;
constexpr int kPageSize = 4096;
constexpr int kReserve = 40;
constexpr int kLabelSize = 16;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kWrappedSize = CipherHeader::KeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES;

const char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QByteArray randomBytes(int size) {
    ensureSodium();
    QByteArray data(size, Qt::Uninitialized);
    randombytes_buf(data.data(), size_t(size));
    return data;
}

template <typename T>
void put(QByteArray& block, int at, T value) {
    qToLittleEndian(value, block.data() + at);
}

template <typename T>
T get(const QByteArray& block, int at) {
    return qFromLittleEndian<T>(block.constData() + at);
}

}  // namespace

bool CipherHeader::looksEncrypted(const QByteArray& firstBytes) {
    return firstBytes.size() >= 24 && firstBytes.startsWith(kMagic.left(24));
}

QByteArray CipherHeader::magic() {
    return kMagic;
}

CipherHeader CipherHeader::fresh() {
    CipherHeader header;
    header.m_salt = randomBytes(SaltSize);
    return header;
}

Result<CipherHeader> CipherHeader::parse(const QByteArray& block) {
    if (block.size() < Size || !block.startsWith(kMagic))
        return Status::failure(tr("This is not an encrypted Tongbao ledger."));
    if (get<quint32>(block, kVersionAt) != quint32(FormatVersion))
        return Status::failure(
            tr("This ledger was encrypted by a newer version of Tongbao (format %1). Please "
               "update Tongbao; the file was not changed.")
                .arg(get<quint32>(block, kVersionAt)));
    const quint32 count = get<quint32>(block, kSlotCountAt);
    if (get<quint32>(block, kPageSizeAt) != quint32(kPageSize) ||
        get<quint32>(block, kReserveAt) != quint32(kReserve) || count > quint32(kMaxSlots))
        return Status::failure(tr("The header of this encrypted ledger is damaged."));
    CipherHeader header;
    header.m_salt = block.mid(kSaltAt, SaltSize);
    header.m_generation = get<quint64>(block, kGenerationAt);
    header.m_demo = get<quint32>(block, kFlagsAt) & kDemoFlag;
    for (quint32 i = 0; i < count; ++i) {
        const int at = kSlotsAt + int(i) * kSlotSize;
        Slot slot;
        slot.kind = SlotKind(quint8(block.at(at)));
        slot.label = block.mid(at + 4, kLabelSize);
        slot.kdfSalt = block.mid(at + 20, SaltSize);
        slot.opsLimit = get<quint64>(block, at + 36);
        slot.memLimit = get<quint64>(block, at + 44);
        slot.nonce = block.mid(at + 52, kNonceSize);
        slot.wrappedKey = block.mid(at + 76, kWrappedSize);
        header.m_slots.append(slot);
    }
    return header;
}

QByteArray CipherHeader::serialize(const SecretBytes& dataKey) const {
    QByteArray block(Size, '\0');
    block.replace(0, kMagic.size(), kMagic);
    put<quint32>(block, kVersionAt, FormatVersion);
    put<quint32>(block, kPageSizeAt, kPageSize);
    put<quint32>(block, kReserveAt, kReserve);
    put<quint32>(block, kSlotCountAt, quint32(m_slots.size()));
    block.replace(kSaltAt, SaltSize, m_salt);
    put<quint64>(block, kGenerationAt, m_generation);
    put<quint32>(block, kFlagsAt, m_demo ? kDemoFlag : 0);
    for (int i = 0; i < m_slots.size(); ++i) {
        const Slot& slot = m_slots.at(i);
        const int at = kSlotsAt + i * kSlotSize;
        block[at] = char(slot.kind);
        block.replace(at + 4, kLabelSize, slot.label);
        block.replace(at + 20, SaltSize, slot.kdfSalt);
        put<quint64>(block, at + 36, slot.opsLimit);
        put<quint64>(block, at + 44, slot.memLimit);
        block.replace(at + 52, kNonceSize, slot.nonce);
        block.replace(at + 76, kWrappedSize, slot.wrappedKey);
    }
    crypto_generichash(reinterpret_cast<unsigned char*>(block.data()) + kChecksumAt, 32,
                       bytes(block), kChecksumAt, nullptr, 0);
    crypto_generichash(reinterpret_cast<unsigned char*>(block.data()) + kMacAt, 32, bytes(block),
                       kMacAt, dataKey.data(), dataKey.size());
    return block;
}

bool CipherHeader::wholeBlock(const QByteArray& block) {
    if (block.size() < Size || !block.startsWith(kMagic))
        return false;
    unsigned char sum[32];
    crypto_generichash(sum, sizeof sum, bytes(block), kChecksumAt, nullptr, 0);
    return memcmp(sum, bytes(block) + kChecksumAt, sizeof sum) == 0;
}

QByteArray CipherHeader::currentBlock(const QByteArray& prefix) {
    const QByteArray first = prefix.left(Size);
    const QByteArray second = prefix.mid(Size, Size);
    const bool firstWhole = wholeBlock(first);
    const bool secondWhole = wholeBlock(second);
    if (firstWhole && secondWhole)
        return get<quint64>(second, kGenerationAt) > get<quint64>(first, kGenerationAt) ? second
                                                                                        : first;
    return firstWhole ? first : secondWhole ? second : QByteArray();
}

bool CipherHeader::authentic(const QByteArray& block, const SecretBytes& dataKey) {
    if (block.size() < Size)
        return false;
    unsigned char mac[32];
    crypto_generichash(mac, sizeof mac, bytes(block), kMacAt, dataKey.data(), dataKey.size());
    return sodium_memcmp(mac, bytes(block) + kMacAt, sizeof mac) == 0;
}

QByteArray CipherHeader::labelFor(const QString& user) const {
    const QByteArray name = QByteArrayLiteral("user:") + user.trimmed().toUtf8();
    QByteArray label(kLabelSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(label.data()), kLabelSize, bytes(name),
                       size_t(name.size()), bytes(m_salt), size_t(m_salt.size()));
    return label;
}

QByteArray CipherHeader::recoveryLabel() const {
    return labelFor(QStringLiteral("\n recovery key \n"));
}

int CipherHeader::indexOf(const QByteArray& label) const {
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots.at(i).label == label)
            return i;
    return -1;
}

bool CipherHeader::hasSlotFor(const QString& user) const {
    return indexOf(labelFor(user)) >= 0;
}

bool CipherHeader::hasRecoverySlot() const {
    return indexOf(recoveryLabel()) >= 0;
}

// The slot's kind, label and cost parameters are bound to the wrapped key: changing any of
// them makes the slot refuse instead of deriving a weaker key.
QByteArray CipherHeader::slotAd(const Slot& slot) {
    QByteArray ad = QByteArrayLiteral("tongbao key slot");
    ad.append(char(slot.kind)).append(slot.label).append(slot.kdfSalt);
    QByteArray numbers(16, '\0');
    put<quint64>(numbers, 0, slot.opsLimit);
    put<quint64>(numbers, 8, slot.memLimit);
    return ad + numbers;
}

namespace {

Result<SecretBytes> derive(const SecretBytes& password,
                           const QByteArray& salt,
                           quint64 opsLimit,
                           quint64 memLimit) {
    SecretBytes key(CipherHeader::KeySize);
    if (opsLimit < crypto_pwhash_OPSLIMIT_MIN || memLimit < crypto_pwhash_MEMLIMIT_MIN ||
        memLimit > (quint64(1) << 32))
        return Status::failure(CipherHeader::tr("The header of this encrypted ledger is damaged."));
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(password.data()),
                      password.size(), bytes(salt), opsLimit, size_t(memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Status::failure(
            CipherHeader::tr("There is not enough memory to check the password."));
    return key;
}

SecretBytes recoveryWrappingKey(const QByteArray& recoveryKey, const QByteArray& salt) {
    SecretBytes key(CipherHeader::KeySize);
    const QByteArray message = QByteArrayLiteral("tongbao recovery key") + salt;
    crypto_generichash(key.data(), key.size(), bytes(message), size_t(message.size()),
                       bytes(recoveryKey), size_t(recoveryKey.size()));
    return key;
}

void wrapInto(CipherHeader::Slot& slot,
              const QByteArray& ad,
              const SecretBytes& wrappingKey,
              const SecretBytes& dataKey) {
    slot.nonce = randomBytes(kNonceSize);
    slot.wrappedKey = QByteArray(kWrappedSize, '\0');
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrappedKey.data()), nullptr, dataKey.data(),
        dataKey.size(), bytes(ad), size_t(ad.size()), nullptr, bytes(slot.nonce),
        wrappingKey.data());
}

}  // namespace

Status CipherHeader::setPasswordSlot(const QString& user,
                                     const SecretBytes& password,
                                     const SecretBytes& dataKey,
                                     const PasswordHash::Parameters& parameters) {
    Slot slot;
    slot.kind = SlotKind::Password;
    slot.label = labelFor(user);
    slot.kdfSalt = randomBytes(SaltSize);
    slot.opsLimit = parameters.opsLimit;
    slot.memLimit = parameters.memLimit;
    Result<SecretBytes> wrapping = derive(password, slot.kdfSalt, slot.opsLimit, slot.memLimit);
    if (!wrapping)
        return wrapping.status();
    wrapInto(slot, slotAd(slot), *wrapping, dataKey);
    const int existing = indexOf(slot.label);
    if (existing >= 0) {
        m_slots[existing] = slot;
    } else {
        if (m_slots.size() >= kMaxSlots)
            return Status::failure(tr("This ledger has as many users as its file can hold."));
        m_slots.append(slot);
    }
    return Status::success();
}

void CipherHeader::removeSlot(const QString& user) {
    const int index = indexOf(labelFor(user));
    if (index >= 0)
        m_slots.remove(index);
}

QString CipherHeader::setRecoverySlot(const SecretBytes& dataKey) {
    const QByteArray recoveryKey = randomBytes(RecoveryKeySize);
    Slot slot;
    slot.kind = SlotKind::Recovery;
    slot.label = recoveryLabel();
    slot.kdfSalt = QByteArray(SaltSize, '\0');
    wrapInto(slot, slotAd(slot), recoveryWrappingKey(recoveryKey, m_salt), dataKey);
    const int existing = indexOf(slot.label);
    if (existing >= 0)
        m_slots[existing] = slot;
    else
        m_slots.append(slot);
    return recoveryKeyLetters(recoveryKey);
}

Result<SecretBytes> CipherHeader::unwrap(const Slot& slot, const SecretBytes& wrappingKey) {
    SecretBytes dataKey(KeySize);
    const QByteArray ad = slotAd(slot);
    if (slot.wrappedKey.size() != kWrappedSize ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), nullptr, nullptr, bytes(slot.wrappedKey), size_t(kWrappedSize),
            bytes(ad), size_t(ad.size()), bytes(slot.nonce), wrappingKey.data()) != 0)
        return Status::failure({});
    return dataKey;
}

Result<SecretBytes> CipherHeader::unlock(const QString& user, const SecretBytes& password) const {
    const Status refused = Status::failure(tr("The user name or the password is not right."));
    const int index = indexOf(labelFor(user));
    if (index < 0 || m_slots.at(index).kind != SlotKind::Password)
        return refused;
    const Slot& slot = m_slots.at(index);
    Result<SecretBytes> wrapping = derive(password, slot.kdfSalt, slot.opsLimit, slot.memLimit);
    if (!wrapping)
        return wrapping.status();
    Result<SecretBytes> key = unwrap(slot, *wrapping);
    return key ? std::move(key) : Result<SecretBytes>(refused);
}

Result<SecretBytes> CipherHeader::unlockWithRecoveryKey(const QString& letters) const {
    const Status refused = Status::failure(tr("This recovery key does not open this ledger."));
    const QByteArray recoveryKey = recoveryKeyFromLetters(letters);
    const int index = indexOf(recoveryLabel());
    if (recoveryKey.size() != RecoveryKeySize || index < 0)
        return refused;
    Result<SecretBytes> key = unwrap(m_slots.at(index), recoveryWrappingKey(recoveryKey, m_salt));
    return key ? std::move(key) : Result<SecretBytes>(refused);
}

QString recoveryKeyLetters(const QByteArray& key) {
    QString letters;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : key) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            letters.append(QLatin1Char(kBase32[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        letters.append(QLatin1Char(kBase32[(buffer << (5 - bits)) & 31]));
    QString grouped;
    for (int i = 0; i < letters.size(); i += 4)
        grouped += (i ? QStringLiteral("-") : QString()) + letters.mid(i, 4);
    return grouped;
}

QByteArray recoveryKeyFromLetters(const QString& letters) {
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : letters.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('0'))
            c = QLatin1Char('O');
        else if (c == QLatin1Char('1'))
            c = QLatin1Char('I');
        const char* found = c.unicode() < 128 ? strchr(kBase32, char(c.unicode())) : nullptr;
        if (!found || !*found)
            return {};
        buffer = (buffer << 5) | quint32(found - kBase32);
        bits += 5;
        if (bits >= 8) {
            key.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    return key;
}

}  // namespace tongbao
