#pragma once

#include "common/Result.h"
#include "domain/LedgerIdentity.h"
#include "report/CaseFile.h"
#include "report/PrintLayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

class QPaintDevice;

namespace tongbao {

class Ledger;

// The visit form (走访记录表) a supervisor prints and carries into the field, fills in by hand
// and types in later: one A4 page with the child's basic facts already printed (or left blank
// for a child not yet on file), tick boxes for the mode of the visit and each check (taken from
// the vocabulary, so the paper matches the screen), and room to write problems, needs, actions
// and follow-up, with the signatures of visitor and guardian. Because the paper leaves the
// office, the child's ID number is printed masked.
class VisitForm {
    Q_DECLARE_TR_FUNCTIONS(VisitForm)
public:
    // One page per child, or one blank form when `childIds` is empty.
    static Status write(Ledger& ledger, const QStringList& childIds, const QString& path);

    static QVector<PrintPage> layout(const std::optional<CaseFile>& file,
                                     const LedgerIdentity& unit,
                                     const QDate& today,
                                     const QDate& nextDue,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily);
};

}  // namespace tongbao
