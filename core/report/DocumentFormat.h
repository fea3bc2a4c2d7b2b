#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tongbao {

// How dates, money and times read in what the ledger hands to an office (shared/docs/ui.md
// "Type and tone"): `2026-11-29` in table cells, `2026年11月29日` on printed documents,
// `¥1,250.00` for money, which is kept in integer fen and formatted without floating point.
// Printed documents are Chinese whatever the program's language: they are filed with Chinese
// offices and follow their forms.
namespace DocumentFormat {

QString tableDate(const QDate& date);          // "2026-11-29", empty when unset
QString paperDate(const QDate& date);          // "2026年11月29日", empty when unset
QString paperMonth(const QDate& date);         // "2026年11月"
QString paperDateTime(const QDateTime& time);  // "2026年11月29日 08:30", in time's own zone
QString money(qint64 fen);                     // "¥1,250.00"
QString plainMoney(qint64 fen);  // "1250.00", for CSV cells a spreadsheet reads as a number
QString hours(double hours);     // "3.5"
// A placeholder for "none" in a numeric cell.
QString dash();
// The printed forms' own Chinese words, written as UTF-8 in the source.
QString zh(const char* utf8);
// The Chinese label of a vocabulary code; empty when the code is unset.
QString term(const QString& kind, const QString& code);

}  // namespace DocumentFormat

}  // namespace tongbao
