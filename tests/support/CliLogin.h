#pragma once

#include <QProcessEnvironment>

namespace tongbao::test {

// The environment for a tongbao-cli run on a demo ledger, which has accounts (issue 7): logs in
// as its documented administrator ("admin", password "tongbao-demo") through TONGBAO_USER and
// TONGBAO_PASSWORD. Ledgers without accounts ignore both.
QProcessEnvironment demoLogin(
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

}  // namespace tongbao::test
