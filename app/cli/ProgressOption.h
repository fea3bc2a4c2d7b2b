#pragma once

#include "exchange/ExchangeProgress.h"

#include <QCommandLineOption>
#include <QString>

namespace tongbao::cli {

// --progress for the long exchange verbs (export, import): how far the work has got, on stderr,
// one line when a step starts and one at every tenth of it, so that a script's log stays short
// and stdout keeps only the result. Without the option the verbs print nothing new.
QCommandLineOption progressOption();

// A listener that prints "tongbao-cli VERB: 40% Writing children into the ledger (6,000 of
// 15,000 records)"; it never stops the work.
ExchangeProgressListener progressPrinter(const QString& verb);

}  // namespace tongbao::cli
