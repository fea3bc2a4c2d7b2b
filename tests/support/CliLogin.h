#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace tongbao::test {

// The environment for a tongbao-cli run on a demo ledger, which has accounts (issue 7): logs in
// as its documented administrator ("admin", password "tongbao-demo") through TONGBAO_USER and
// TONGBAO_PASSWORD. Ledgers without accounts ignore both.
QProcessEnvironment demoLogin(
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

// Unlocks an encrypted ledger in this test process (issue 8), as a login would before the
// ledger is opened; a plain ledger needs nothing. True when the file can now be read.
bool unlockLedger(const QString& path, const QString& user, const QString& password);
// The same with the demo administrator's login.
bool unlockDemo(const QString& path);

}  // namespace tongbao::test
