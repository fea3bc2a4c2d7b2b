#pragma once

#include "domain/Child.h"
#include "domain/SafetyReport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;

namespace tongbao {

class Ledger;
class UrgentNotice;

// The mandatory report (强制报告) form, from first discovery to closing (domain.md "Safety
// protection"; the rules are SafetyWorkflow's). It asks at once whether the child is safe now
// and which of the nine situations were found, and keeps in front of the user, in red, who must
// be told immediately (police 110 or the local station, the town; hotlines 12355 and 12338)
// until the report to the police is recorded. Then it records every report made (to whom, when,
// how, who received it, the receipt number), shows the time from discovery to the police
// report, the follow-up steps with date, actor and outcome, and the closing result. A started
// report can be printed as the 强制报告登记表 or saved as a PDF.
//
// Facts of the discovery can be changed only before the report is started; afterwards the form
// adds to the record and never rewrites it (SafetyWorkflow has no "edit").
class SafetyReportForm : public QDialog {
    Q_OBJECT

public:
    // A new report about the child (linked to the visit when given), saved when started.
    static SafetyReportForm* newReport(Ledger& ledger,
                                       const QString& childId,
                                       const QString& visitId,
                                       QWidget* parent = nullptr);
    // A report already started.
    static SafetyReportForm* existingReport(Ledger& ledger,
                                            const QString& reportId,
                                            QWidget* parent = nullptr);

    bool isUsable() const { return m_loadError.isEmpty(); }
    const QString& loadError() const { return m_loadError; }
    bool isStarted() const { return !m_report.meta.id.isEmpty(); }
    // A village's report read at its town: the village records what is done, the town reads.
    bool isKeptElsewhere() const;
    const SafetyReport& report() const { return m_report; }

    // The form's actions, as its buttons run them; each shows its problem next to its section
    // and returns false when refused.
    bool start();
    bool recordNotification();
    bool addStep();
    bool closeReport();
    // Prepares the notification row for the report to the police and puts the cursor in it.
    void prepareReportToPolice();
    void printReport();
    void saveAsPdf();

signals:
    void reportChanged(const QString& reportId);

protected:
    void changeEvent(QEvent* event) override;

private:
    SafetyReportForm(Ledger& ledger, QWidget* parent);
    void buildUi();
    QWidget* buildDiscoverySection();
    QWidget* buildNotificationsSection();
    QWidget* buildStepsSection();
    QWidget* buildClosingSection();
    void retranslateUi();
    void loadChild();
    void showReport();
    void showDiscovery();
    void showNotifications();
    void showSteps();
    void showClosing();
    void refreshTimes();
    void resetNotificationEditor(const QString& recipient);
    void resetStepEditor();
    bool reload();
    void changed();

    Ledger& m_ledger;
    SafetyReport m_report;
    Child m_child;
    QString m_loadError;
    QTimer* m_clockTimer = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_childFacts = nullptr;
    QLabel* m_statusPill = nullptr;
    QLabel* m_elapsedLine = nullptr;
    UrgentNotice* m_urgent = nullptr;

    QLabel* m_safeHeading = nullptr;
    QButtonGroup* m_safeGroup = nullptr;
    QRadioButton* m_safeYes = nullptr;
    QRadioButton* m_safeNo = nullptr;
    QRadioButton* m_safeUnknown = nullptr;
    QLabel* m_situationsHeading = nullptr;
    QVector<QCheckBox*> m_situations;
    QVector<QLabel*> m_situationTexts;
    QLabel* m_foundHeading = nullptr;
    QLabel* m_foundAtLabel = nullptr;
    QDateTimeEdit* m_foundAt = nullptr;
    QLabel* m_foundByLabel = nullptr;
    QLineEdit* m_foundBy = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_startError = nullptr;
    QPushButton* m_startButton = nullptr;

    QWidget* m_followUp = nullptr;
    QLabel* m_followUpHint = nullptr;
    QLabel* m_notificationsHeading = nullptr;
    QTableWidget* m_notifications = nullptr;
    QLabel* m_policeTime = nullptr;
    QComboBox* m_recipient = nullptr;
    QDateTimeEdit* m_notifiedAt = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_receiver = nullptr;
    QLineEdit* m_receipt = nullptr;
    QPushButton* m_recordButton = nullptr;
    QLabel* m_notificationError = nullptr;
    QWidget* m_notificationEditor = nullptr;
    QLabel* m_stepsHeading = nullptr;
    QTableWidget* m_steps = nullptr;
    QLabel* m_stepsHint = nullptr;
    QComboBox* m_stepKind = nullptr;
    QDateEdit* m_stepDate = nullptr;
    QLineEdit* m_stepActor = nullptr;
    QLineEdit* m_stepAction = nullptr;
    QLineEdit* m_stepOutcome = nullptr;
    QPushButton* m_addStepButton = nullptr;
    QLabel* m_stepError = nullptr;
    QWidget* m_stepEditor = nullptr;
    QLabel* m_closingHeading = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_closeReportButton = nullptr;
    QLabel* m_closingError = nullptr;
    QLabel* m_closedText = nullptr;
    QWidget* m_closingEditor = nullptr;

    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_doneButton = nullptr;
};

}  // namespace tongbao
