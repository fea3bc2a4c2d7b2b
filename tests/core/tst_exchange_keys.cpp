// The ledger's own keys (sealed under the password, bound to their ledger), the public key card
// (minisign-compatible, fingerprinted, refused when edited) and the trust registry's rules.
#include "TempLedger.h"

#include "exchange/Encoding.h"
#include "exchange/TrustRegistry.h"
#include "security/KeyStore.h"
#include "security/PublicKeyCard.h"
#include "storage/Database.h"
#include "storage/ExchangeStore.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace tongbao;
using namespace tongbao::test;

namespace {

const QString kPassword = QStringLiteral("correct horse");

bool makeKeys(TempLedger& ledger) {
    return KeyStore(ledger.ledger()).initialize(kPassword, KdfLimits::fastForTests()).ok();
}

QByteArray cardOf(TempLedger& ledger) {
    return KeyStore(ledger.ledger()).card()->toFile();
}

}  // namespace

class TestExchangeKeys : public QObject {
    Q_OBJECT

private slots:
    void villageSignsTownAlsoReceives() {
        TempLedger village;
        TempLedger town(QStringLiteral("town"));
        QVERIFY(village.ok() && town.ok());
        QVERIFY(!KeyStore(village.ledger()).hasKeys());
        QVERIFY(!KeyStore(village.ledger()).card().ok());
        QVERIFY(makeKeys(village) && makeKeys(town));
        QVERIFY(!KeyStore(village.ledger()).card()->encryption);
        QVERIFY(KeyStore(town.ledger()).card()->encryption);

        const auto villageKeys = KeyStore(village.ledger()).unlock(kPassword);
        QVERIFY(villageKeys.ok());
        QVERIFY(!villageKeys->encryption);
        QCOMPARE(villageKeys->signing.publicKey.key,
                 KeyStore(village.ledger()).card()->signing.key);
        const auto townKeys = KeyStore(town.ledger()).unlock(kPassword);
        QVERIFY(townKeys.ok() && townKeys->encryption);
        QCOMPARE(townKeys->encryption->recipient().publicKey,
                 KeyStore(town.ledger()).card()->encryption->publicKey);
        // Keys survive closing and reopening the ledger.
        QVERIFY(town.reopen());
        QVERIFY(KeyStore(town.ledger()).unlock(kPassword).ok());
    }

    void passwordRules() {
        TempLedger village;
        QVERIFY(village.ok());
        KeyStore store(village.ledger());
        QVERIFY(!store.initialize(QStringLiteral("short"), KdfLimits::fastForTests()).ok());
        QVERIFY(!store.hasKeys());
        QVERIFY(makeKeys(village));
        QVERIFY(!store.initialize(kPassword, KdfLimits::fastForTests()).ok());  // only once
        const auto wrong = store.unlock(QStringLiteral("correct horsE"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.message().contains(QLatin1String("password")));
        QVERIFY(!store.unlock(QString()).ok());
    }

    void secretsAreSealedAndBoundToTheirLedger() {
        TempLedger first(QStringLiteral("town"));
        TempLedger second(QStringLiteral("town"));
        QVERIFY(first.ok() && second.ok() && makeKeys(first) && makeKeys(second));
        const auto keys = KeyStore(first.ledger()).unlock(kPassword);
        QVERIFY(keys.ok());
        const QByteArray signingSecret(
            reinterpret_cast<const char*>(keys->signing.secretKey.data()),
            int(keys->signing.secretKey.size()));
        const QByteArray identity = keys->encryption->toText();
        const QVector<StoredKeyPair> stored = ExchangeStore(first->database()).keyPairs();
        QCOMPARE(stored.size(), 2);
        for (const StoredKeyPair& pair : stored) {
            QVERIFY(!pair.sealedSecret.contains(signingSecret.left(32)));
            QCOMPARE(pair.kdfSalt.size(), 16);
            QVERIFY(pair.kdfOpsLimit >= 1 && pair.kdfMemLimit >= 8192);
        }
        first.close();
        const QByteArray file =
            fileBytes(first.path()) + fileBytes(first.path() + QStringLiteral("-wal"));
        QVERIFY(!file.contains(signingSecret.left(32)));
        QVERIFY(!file.contains(signingSecret.left(32).toBase64()));
        QVERIFY(!file.contains(identity));
        QVERIFY(first.reopen());

        // The same password does not open another ledger's sealed key put in its place.
        const StoredKeyPair foreign = ExchangeStore(second->database()).keyPairs().first();
        SqlQuery swap(first->database(), QStringLiteral("UPDATE key_pair SET sealed_secret = "
                                                        ":sealed, kdf_salt = :salt WHERE purpose "
                                                        "= :purpose"));
        swap.bind(QStringLiteral(":sealed"), QString::fromLatin1(foreign.sealedSecret.toBase64()))
            .bind(QStringLiteral(":salt"), QString::fromLatin1(foreign.kdfSalt.toBase64()))
            .bind(QStringLiteral(":purpose"), foreign.purpose);
        QVERIFY(swap.exec());
        QVERIFY(!KeyStore(first.ledger()).unlock(kPassword).ok());
    }

    void cardRoundTripsAndRefusesEdits() {
        TempLedger town(QStringLiteral("town"));
        QVERIFY(town.ok() && makeKeys(town));
        const PublicKeyCard card = *KeyStore(town.ledger()).card();
        const QByteArray text = card.toFile();
        QVERIFY(text.startsWith("untrusted comment: "));
        const Result<PublicKeyCard> parsed = PublicKeyCard::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed->fingerprint(), card.fingerprint());
        QCOMPARE(parsed->ledgerId, town->identity().id);
        QCOMPARE(parsed->areaCode, town->identity().areaCode);
        QCOMPARE(parsed->kind, QStringLiteral("town"));
        QCOMPARE(parsed->encryption->publicKey, card.encryption->publicKey);
        // Six groups of four base32 characters.
        QVERIFY(QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){5}[A-Z2-7]{4}$"))
                    .match(card.fingerprint())
                    .hasMatch());
        // Windows line ends from a mail program are fine.
        QByteArray crlf = text;
        crlf.replace("\n", "\r\n");
        QVERIFY(PublicKeyCard::parse(crlf).ok());

        // Any edit of what the fingerprint covers is caught.
        const QList<QPair<QByteArray, QByteArray>> edits{
            {"# kind: town", "# kind: district"},
            {"# area: 500110001000", "# area: 500110001009"},
            {town->identity().id.toLatin1(),
             QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()},
            {card.encryption->toString().toLatin1(),
             age::Identity::generate().recipient().toString().toLatin1()},
            {card.signing.toLine(), minisign::KeyPair::generate().publicKey.toLine()},
        };
        for (const auto& [from, to] : edits) {
            QByteArray edited = text;
            edited.replace(from, to);
            QVERIFY(edited != text);
            QVERIFY2(!PublicKeyCard::parse(edited).ok(), from.constData());
        }
        QVERIFY(!PublicKeyCard::parse("untrusted comment: x\nRWQ\n").ok());
        QVERIFY(!PublicKeyCard::parse(QByteArray()).ok());
    }

    void trustRolesFollowTheLevels() {
        TempLedger village;
        TempLedger otherVillage;
        TempLedger town(QStringLiteral("town"));
        TempLedger district(QStringLiteral("district"));
        for (TempLedger* ledger : {&village, &otherVillage, &town, &district})
            QVERIFY(ledger->ok() && makeKeys(*ledger));

        TrustRegistry atTown(town.ledger());
        const Result<TrustedKey> source =
            atTown.add(cardOf(village), QStringLiteral("桥河社区"), village->identity().areaCode);
        QVERIFY2(source.ok(), qPrintable(source.message()));
        QCOMPARE(source->role, QStringLiteral("source"));
        const Result<TrustedKey> up =
            atTown.add(cardOf(district), QStringLiteral("綦江区"), district->identity().areaCode);
        QVERIFY(up.ok());
        QCOMPARE(up->role, QStringLiteral("upstream"));
        QVERIFY(!atTown.add(cardOf(village), QStringLiteral("again"), village->identity().areaCode)
                     .ok());  // already registered
        QVERIFY(!atTown.add(cardOf(town), QStringLiteral("self"), town->identity().areaCode).ok());
        QVERIFY(
            !atTown.add(cardOf(otherVillage), QStringLiteral("x"), QStringLiteral("500110001002"))
                 .ok());  // the area code on the sheet does not match the file
        QVERIFY(
            !atTown.add(cardOf(otherVillage), QString(), otherVillage->identity().areaCode).ok());

        TrustRegistry atVillage(village.ledger());
        QVERIFY(!atVillage
                     .add(cardOf(otherVillage), QStringLiteral("x"),
                          otherVillage->identity().areaCode)
                     .ok());  // villages do not exchange batches with each other
        const Result<TrustedKey> townKey =
            atVillage.add(cardOf(town), QStringLiteral("古南街道"), town->identity().areaCode);
        QVERIFY(townKey.ok());
        QCOMPARE(townKey->role, QStringLiteral("upstream"));
        QCOMPARE(ExchangeStore(village->database()).upstream()->id, townKey->id);
        // One upstream at a time: the first must be revoked before another is registered.
        TempLedger otherTown(QStringLiteral("town"));
        QVERIFY(otherTown.ok() && makeKeys(otherTown));
        QVERIFY(
            !atVillage.add(cardOf(otherTown), QStringLiteral("新"), otherTown->identity().areaCode)
                 .ok());
        QVERIFY(atVillage.revoke(townKey->id, 0).ok());
        QVERIFY(!atVillage.revoke(townKey->id, 0).ok());  // already revoked
        QVERIFY(!ExchangeStore(village->database()).upstream());
        QVERIFY(
            atVillage.add(cardOf(otherTown), QStringLiteral("新"), otherTown->identity().areaCode)
                .ok());

        // Sources are found by number, area code or ledger id.
        QCOMPARE(atTown.findSource(QString::number(source->id))->id, source->id);
        QCOMPARE(atTown.findSource(village->identity().areaCode)->id, source->id);
        QCOMPARE(atTown.findSource(village->identity().id)->id, source->id);
        QVERIFY(!atTown.findSource(district->identity().areaCode));
        QVERIFY(!atTown.revoke(999, 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestExchangeKeys)
#include "tst_exchange_keys.moc"
