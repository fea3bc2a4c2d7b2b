#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QLabel;
class QLineEdit;

namespace tongbao {

// Asks for the password that protects this ledger's keys (design.md §5: the secret keys are
// sealed under it), for the one piece of work that needs them: making the keys, exporting a
// batch, opening a batch at the town, signing a receipt. The keys are unsealed for that work
// and wiped afterwards; the password is not kept. A test answers with setNextAnswer() instead
// of a person typing; each answer is used once.
class KeyPassword : public QDialog {
    Q_OBJECT

public:
    // nullopt when the person cancelled. With `newPassword`, asks twice, insists the two match
    // and are long enough, and says that the password cannot be recovered.
    static std::optional<QString> ask(QWidget* parent, const QString& purpose, bool newPassword);
    static void setNextAnswer(const QString& password);

private:
    KeyPassword(QWidget* parent, const QString& purpose, bool newPassword);
    void accept() override;

    bool m_newPassword;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace tongbao
