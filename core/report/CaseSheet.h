#pragma once

#include "common/Result.h"
#include "domain/LedgerIdentity.h"
#include "report/CaseFile.h"
#include "report/PrintLayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>

class QPaintDevice;

namespace tongbao {

class Ledger;

struct CaseSheetOptions {
    // Open safety reports are printed only for roles allowed to see them; off by default.
    bool includeOpenSafetyReports = false;
};

// The case sheet (个案档案表): one child's whole file on A4 portrait pages, as filed in the
// child's folder — basic facts, household and members, guardianship, measures, referrals and the
// visit history (newest first, running onto further pages as needed), and the open safety
// reports when the options allow. Each page carries the unit and the child's name above, and
// "第 x 页 / 共 y 页" (counted per child) and the print date below. One child, a selection or
// everyone on file go into one PDF, each child starting on a new page.
class CaseSheet {
    Q_DECLARE_TR_FUNCTIONS(CaseSheet)
public:
    // Called after each child; returning false stops the work (the file is then not written).
    using Progress = std::function<bool(int done, int total)>;

    static Status write(Ledger& ledger,
                        const QStringList& childIds,
                        const QString& path,
                        const CaseSheetOptions& options = {},
                        const Progress& progress = {});

    // Lays one child's pages out for `device` (a PDF writer, or a printer for the preview),
    // `paper` being the whole sheet in the device's units. Needs a QGuiApplication.
    static QVector<PrintPage> layout(const CaseFile& file,
                                     const LedgerIdentity& unit,
                                     const QDate& printedOn,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily);
};

}  // namespace tongbao
