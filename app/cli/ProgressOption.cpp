#include "ProgressOption.h"

#include "Command.h"

#include <memory>
#include <optional>

namespace tongbao::cli {

QCommandLineOption progressOption() {
    return QCommandLineOption(
        QStringLiteral("progress"),
        QCoreApplication::translate("Cli", "Show on stderr how far the work has got."));
}

ExchangeProgressListener progressPrinter(const QString& verb) {
    struct Printed {
        std::optional<ExchangeStep> step;
        int tenth = -1;
    };
    auto printed = std::make_shared<Printed>();
    return [verb, printed](const ExchangeProgressReport& report) {
        const int percent = report.percent();
        const int tenth = percent < 0 ? -1 : percent / 10;
        const bool counted = !report.countText().isEmpty();
        if (report.step == printed->step && (!counted || tenth <= printed->tenth))
            return true;
        printed->step = report.step;
        printed->tenth = tenth;
        QString line = QStringLiteral("tongbao-cli %1: ").arg(verb);
        if (counted)
            line += QStringLiteral("%1% ").arg(percent, 3);
        line += report.stepText();
        const QString count = report.countText();
        if (!count.isEmpty())
            line += QStringLiteral(" (%1)").arg(count);
        err() << line << Qt::endl;
        return true;
    };
}

}  // namespace tongbao::cli
