#pragma once

#include "common/Result.h"
#include "domain/LedgerIdentity.h"
#include "domain/SafetyReport.h"
#include "report/CaseFile.h"
#include "report/PrintLayout.h"

#include <QCoreApplication>
#include <QDateTime>

class QPaintDevice;

namespace tongbao {

class Ledger;

// The filled-in mandatory report form (强制报告登记表) a supervisor hands to the police or the
// town: one A4 portrait sheet (running onto a second when the follow-up is long) with the
// child's facts, when and by whom the danger was found, which of the nine situations were
// ticked, whether the child is safe now, every report made with its receipt number and the
// time from discovery to the police report, the follow-up steps with their outcome, and the
// closing result, above the reporter's and the unit's signatures. Empty rows are left for what
// is still to be written by hand. The child's ID number is printed in full: the police need it
// to act, and the sheet goes nowhere else. Who may print it is decided by the caller's role.
class SafetyReportSheet {
    Q_DECLARE_TR_FUNCTIONS(SafetyReportSheet)
public:
    // Writes the sheet of one report as a PDF with embedded fonts.
    static Status write(Ledger& ledger, const QString& reportId, const QString& path);

    // Loads the report and lays it out for `device` (a PDF writer, or a printer for the
    // preview); `paper` is the whole sheet in the device's units. Needs a QGuiApplication.
    static Result<QVector<PrintPage>> layoutReport(Ledger& ledger,
                                                   const QString& reportId,
                                                   QPaintDevice& device,
                                                   const QRectF& paper);

    static QVector<PrintPage> layout(const SafetyReport& report,
                                     const CaseFile& file,
                                     const LedgerIdentity& unit,
                                     const QDateTime& printedAt,
                                     QPaintDevice& device,
                                     const QRectF& paper,
                                     const QString& fontFamily);

    // "3小时10分钟": the durations printed on the sheet, always in Chinese.
    static QString chineseDuration(qint64 seconds);
    // The file name offered when the sheet is saved: unit, child, date.
    static QString suggestedFileName(const QString& unit,
                                     const QString& childName,
                                     const QDate& day);
};

}  // namespace tongbao
