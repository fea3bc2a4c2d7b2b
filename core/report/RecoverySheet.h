#pragma once

#include "common/Result.h"
#include "domain/LedgerIdentity.h"
#include "report/PrintLayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QPaintDevice;

namespace tongbao {

class Ledger;

// The recovery key sheet (恢复密钥单, issue 8): one A4 portrait page that holds the recovery
// key of an encrypted ledger, for the administrator to lock away like the key of a safe. When
// every password of the ledger is forgotten, these letters still open it; whoever holds them
// and a copy of the file can read every child's record. So the sheet says in plain words what
// the key is, how to keep it and how to use it, names the ledger it opens (unit, kind, 12-digit
// area code, ledger id) and the day it was printed, prints the key large in a monospaced face
// in numbered groups of four, and leaves boxes for the keeper's signature, the date and the
// place it is kept. The letters come from LedgerEncryption::newRecoveryKey and go only onto
// the page: never into a log, the access log or a message.
class RecoverySheet {
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
public:
    struct Facts {
        LedgerIdentity unit;
        QString letters;  // "ABCD-EFGH-…", as LedgerEncryption hands them out
        QDate printed;
        QString printedBy;  // the administrator logged in, when there is one
    };
    static Facts facts(Ledger& ledger, const QString& letters);

    // Writes the sheet as a PDF with embedded fonts and notes the print in the access log.
    static Status write(Ledger& ledger, const QString& letters, const QString& path);
    // Writes the sheet of these facts, without touching any ledger.
    static Status write(const Facts& facts, const QString& path);

    // Lays the sheet out for `device` (a PDF writer or a printer); `paper` is the whole sheet
    // in the device's units. Needs a QGuiApplication.
    static QVector<PrintPage> layout(const Facts& facts,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily);

    // The key's groups of four, in order ("ABCD", "EFGH", …); spaces, dashes and case of the
    // letters as given do not matter. Empty when the letters are not a whole number of groups.
    static QStringList groups(const QString& letters);
    // "桥河社区_恢复密钥单_2026-11-29.pdf"
    static QString suggestedFileName(const QString& unit, const QDate& day);
    // What the access log records for a print of the sheet (never the letters).
    static QString accessLogText();
};

}  // namespace tongbao
