#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tongbao::test {

// The rows of a CSV file as the programs that open it read them (RFC 4180: quoted fields,
// doubled quotes, CRLF or LF line ends), after a UTF-8 byte-order mark if there is one; for
// checking what the report and spreadsheet writers, and LibreOffice's conversions, produce.
QVector<QStringList> parseCsv(QString text);

}  // namespace tongbao::test
