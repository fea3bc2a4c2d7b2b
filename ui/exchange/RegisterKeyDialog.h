#pragma once

#include "storage/ExchangeStore.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tongbao {

class Ledger;

// Registers another office's public key: at a town, a village's key (its batches will be
// imported); at a village, the town's key (batches will be encrypted to it). The dialog reads
// the key file, shows its fingerprint large for the clerk to compare with the signed and stamped
// registration sheet group by group, and asks for the unit's name and the 12-digit area code
// as written on the sheet: core (TrustRegistry) refuses a file whose area code differs, so a
// wrong file is caught before it is trusted. Registering waits until the clerk confirms the
// comparison. Refusals are shown in the dialog, which stays open.
class RegisterKeyDialog : public QDialog {
    Q_OBJECT

public:
    RegisterKeyDialog(Ledger& ledger, const QString& keyFile, QWidget* parent = nullptr);

    // The key registered, once accepted.
    const std::optional<TrustedKey>& registered() const { return m_registered; }

private:
    void chooseFile();
    void readFile(const QString& path);
    void updateButton();
    void accept() override;

    Ledger& m_ledger;
    bool m_atTown;
    QByteArray m_keyBytes;
    std::optional<TrustedKey> m_registered;

    QLineEdit* m_file = nullptr;
    QLabel* m_fileError = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_fileFacts = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_area = nullptr;
    QCheckBox* m_compared = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_register = nullptr;
};

}  // namespace tongbao
