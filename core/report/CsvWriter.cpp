#include "report/CsvWriter.h"

#include "report/SaveProblem.h"

#include <QDir>

namespace tongbao {

namespace {

QString quoted(const QString& field) {
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString text = field;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

}  // namespace

CsvWriter::CsvWriter(const QString& path)
    : m_path(path)
    , m_file(path) {
    m_opened = m_file.open(QIODevice::WriteOnly);
    if (m_opened)
        m_file.write("\xEF\xBB\xBF");
}

void CsvWriter::row(const QStringList& fields) {
    if (!m_opened)
        return;
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& field : fields)
        cells.append(quoted(field));
    m_file.write(cells.join(QLatin1Char(',')).toUtf8());
    m_file.write("\r\n");
}

Status CsvWriter::commit() {
    if (!m_opened || !m_file.commit())
        return Status::failure(SaveProblem::describe(m_path));
    return Status::success();
}

}  // namespace tongbao
