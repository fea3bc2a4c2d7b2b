#include "exchange/ExchangePanel.h"

#include "common/Dialogs.h"
#include "exchange/RegisterKeyDialog.h"

#include <QVBoxLayout>

namespace tongbao {

ExchangePanel::ExchangePanel(const QString& objectName, QWidget* parent)
    : QWidget(parent) {
    setObjectName(objectName);
}

void ExchangePanel::setContent(exchangeparts::Card* card) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(card, 1);
}

void ExchangePanel::setLedger(Ledger* ledger) {
    m_ledger = ledger;
    refresh();
}

std::optional<TrustedKey> ExchangePanel::registerKeyFile(const QString& caption,
                                                         const QString& filter,
                                                         QString* chosenPath) {
    if (!m_ledger)
        return std::nullopt;
    const QString path = Dialogs::openFileName(this, caption, exchangeparts::lastFolder(), filter);
    if (chosenPath)
        *chosenPath = path;
    if (path.isEmpty())
        return std::nullopt;
    RegisterKeyDialog dialog(*m_ledger, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.registered();
}

}  // namespace tongbao
