#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;
class QTimer;

namespace tongbao {

class Ledger;

// The red banner across the top of the main window while any safety report lacks a report to
// the police (shared/docs/ui.md, "The safety report"): it names the child, how long ago the
// danger was found and who must be called now, and opens the report. It cannot be dismissed,
// only resolved: it goes away when the police report is recorded (or the report closed with
// the reason the police were not told). Hidden from roles that may not see safety reports.
class SafetyBanner : public QFrame {
    Q_OBJECT

public:
    explicit SafetyBanner(QWidget* parent = nullptr);

    // The ledger stays owned by the caller; nullptr hides the banner.
    void setLedger(Ledger* ledger);
    // Reads the open reports again (also done on every LedgerEvents change and each minute).
    void refresh();

    // The reports the banner is about, oldest first.
    const QStringList& reportIds() const { return m_reportIds; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void openReport();

    Ledger* m_ledger = nullptr;
    QStringList m_reportIds;
    QStringList m_childNames;
    // At a town: reports kept by villages, which the village must report (the town reads).
    int m_keptByVillages = 0;
    bool m_merged = false;  // a town or district ledger: there is no town above to tell
    qint64 m_oldestSeconds = 0;
    QLabel* m_text = nullptr;
    QLabel* m_callText = nullptr;
    QPushButton* m_openButton = nullptr;
    QTimer* m_timer = nullptr;
};

}  // namespace tongbao
