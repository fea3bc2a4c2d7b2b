#pragma once

#include "common/Result.h"
#include "domain/LedgerIdentity.h"
#include "report/PrintLayout.h"
#include "security/PublicKeyCard.h"

#include <QCoreApplication>
#include <QDate>

class QPaintDevice;

namespace tongbao {

class Ledger;

// The key registration sheet (公钥登记表, issue 6): one A4 portrait page the village prints,
// signs and stamps, and hands to the town with its public key file. It names the ledger (unit,
// kind, 12-digit area code, ledger id), prints the public key fingerprint large, in a
// monospaced face and in groups of four so that two people can read it aloud to each other,
// gives the date the keys were made and the full keys in small type, and leaves boxes for the
// clerk's signature, the unit's stamp and the date. The town compares the fingerprint the
// program shows when registering the key file with this paper before trusting the file: the
// paper, not the file, is what says whose key it is.
class KeyRegistrationSheet {
    Q_DECLARE_TR_FUNCTIONS(KeyRegistrationSheet)
public:
    // Writes the sheet of this ledger's own keys as a PDF with embedded fonts. Refused while
    // the ledger has no keys.
    static Status write(Ledger& ledger, const QString& path);

    // The facts of the sheet, read from the ledger (no password is needed).
    struct Facts {
        LedgerIdentity unit;
        PublicKeyCard card;
        QDate keysMade;
        QDate printed;
    };
    static Result<Facts> facts(Ledger& ledger);

    // Lays the sheet out for `device` (a PDF writer or a printer); `paper` is the whole sheet
    // in the device's units. Needs a QGuiApplication.
    static QVector<PrintPage> layout(const Facts& facts,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily);

    // "K7QX  3MZD  …": the fingerprint as printed, groups spaced for reading aloud.
    static QString spacedFingerprint(const QString& fingerprint);
    // "桥河社区_公钥登记表_2026-11-29.pdf"
    static QString suggestedFileName(const QString& unit, const QDate& day);
};

}  // namespace tongbao
