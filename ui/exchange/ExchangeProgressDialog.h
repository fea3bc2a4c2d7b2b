#pragma once

#include "exchange/ExchangeProgress.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tongbao {

// How far an export, a check or an import of a batch has got (issue 6; ui.md "Long work"): what
// is being done in plain words (checking the signature, writing children into the ledger…), a
// bar, the count, and Cancel. Stopping an import asks first, because the work done so far is then
// thrown away; once the work has passed the point where stopping is safe (the ledger is being
// saved), Cancel is switched off. The dialog does not close itself on Esc or on its close button:
// those ask to cancel too, and the dialog goes when the work has ended (ExchangeTask).
class ExchangeProgressDialog : public QDialog {
    Q_OBJECT

public:
    struct Texts {
        QString title;          // "Importing a batch"
        QString subject;        // "Batch 3 from 桥河社区 (area code 500110001001)"
        QString safeToCancel;   // what cancelling does, said before anyone asks
        QString confirmCancel;  // when not empty, asked before stopping
        QString confirmStop;    // the button that stops ("Stop the import")
        QString confirmGoOn;    // the button that goes on ("Go on importing")
    };

    ExchangeProgressDialog(const Texts& texts, QWidget* parent);

    void showReport(const ExchangeProgressReport& report);
    bool cancelRequested() const { return m_cancelRequested; }
    // The work has ended: no more questions.
    void setFinished() { m_finished = true; }

    // For tests and screen readers.
    QString stepText() const;
    int barValue() const;
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void cancelled();

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void requestCancel();

    Texts m_texts;
    QLabel* m_subject = nullptr;
    QLabel* m_step = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_cancelRequested = false;
    bool m_finished = false;
    bool m_asking = false;
};

}  // namespace tongbao
