#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace tongbao {

// A CSV file the way Excel and WPS open it in Chinese without an import dialog: UTF-8 with a
// byte-order mark, CRLF line ends, fields quoted where they hold a comma, quote or line break.
// The file replaces the target only once it is complete.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(const QString& path);

    void row(const QStringList& fields);
    Status commit();

private:
    QString m_path;
    QSaveFile m_file;
    bool m_opened = false;
};

}  // namespace tongbao
