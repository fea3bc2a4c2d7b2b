#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tongbao {

class Ledger;

// Saving and printing the key registration sheet (公钥登记表) that core lays out
// (KeyRegistrationSheet): as a PDF the user chooses the place of, or through the print preview
// on A4 portrait. Each says what went wrong in a message and returns empty / false then.
class KeySheetOutput {
    Q_DECLARE_TR_FUNCTIONS(KeySheetOutput)
public:
    // The path written; empty when cancelled. `problem` receives the reason of a failure.
    static QString save(QWidget* parent, Ledger& ledger, QString* problem);
    static void print(QWidget* parent, Ledger& ledger);
};

}  // namespace tongbao
