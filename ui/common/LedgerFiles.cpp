#include "common/LedgerFiles.h"

#include "storage/Ledger.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tongbao {

QString LedgerFiles::actor() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("user");
}

QString LedgerFiles::fileFilter() {
    return tr("Tongbao ledgers (*.%1)").arg(QLatin1String(Ledger::FileSuffix)) +
           QStringLiteral(";;") + tr("All files (*)");
}

QString LedgerFiles::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString LedgerFiles::defaultPath(const QString& unitName) {
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString base = unitName.trimmed();
    base.replace(forbidden, QStringLiteral("_"));
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("ledger"));
    return QDir(defaultDirectory()).filePath(withSuffix(base));
}

QString LedgerFiles::withSuffix(const QString& path) {
    const QString suffix = QLatin1Char('.') + QLatin1String(Ledger::FileSuffix);
    return path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix;
}

}  // namespace tongbao
