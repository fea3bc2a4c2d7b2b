#pragma once

#include <QDate>
#include <QString>

namespace tongbao {

// The file names offered when a report, sheet or form is saved: they carry the unit and the
// period, as offices file them (shared/docs/domain.md "Paper and spreadsheets"). Characters a
// file system refuses are replaced.
namespace ReportFileNames {

QString monthlyReport(const QString& unit, const QDate& month, const QString& suffix);
QString ledgerSheet(const QString& unit, const QDate& day);
// `who` is a child's name, or empty for the whole register.
QString caseSheets(const QString& unit, const QString& who, const QDate& day);
QString visitForm(const QString& unit, const QString& who);

QString safe(const QString& name);

}  // namespace ReportFileNames

}  // namespace tongbao
