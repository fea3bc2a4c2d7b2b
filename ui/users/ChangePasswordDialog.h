#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tongbao {

class Ledger;

// "Change my password": the current password, the new one twice. Core checks the current one
// (with the same slowing down as a login) and the new one's length.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Ledger& ledger, QWidget* parent = nullptr);
    void setExplanation(const QString& text);

private:
    void save();

    Ledger& m_ledger;
    QLabel* m_explanation = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

// The new password typed twice, as the users page and "change my password" ask for it.
// Returns an empty string and sets `problem` when the two differ.
QString repeatedPassword(QLineEdit* first, QLineEdit* second, QString* problem);

}  // namespace tongbao
