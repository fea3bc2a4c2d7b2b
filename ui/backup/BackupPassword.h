#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace tongbao {

// Asks for the administrator's password that seals and opens the ledger's backup key. A test
// answers with setNextAnswer() instead of a person typing; the answer is used once.
class BackupPassword {
    Q_DECLARE_TR_FUNCTIONS(BackupPassword)
public:
    // nullopt when the person cancelled. With `confirm`, asks twice and insists they match.
    static std::optional<QString> ask(QWidget* parent, const QString& text, bool confirm);
    static void setNextAnswer(const QString& password);
};

}  // namespace tongbao
