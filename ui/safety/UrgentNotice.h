#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace tongbao {

struct SafetyReport;

// Who must still be told about a safety report, shown where it cannot be missed: red while the
// police have not been told (with the numbers to call and the hotlines), amber while only the
// town is left, hidden once both know or the report is closed. It has no close button: it goes
// away only when the reports are recorded (shared/docs/ui.md, "The safety report").
class UrgentNotice : public QFrame {
    Q_OBJECT

public:
    explicit UrgentNotice(QWidget* parent = nullptr);

    // `foundAt` invalid: a report not started yet (found "now").
    void showFor(const SafetyReport& report, const QDateTime& now);
    bool isUrgent() const { return m_urgent; }

signals:
    void recordPoliceRequested();
    void recordTownRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyTone();

    bool m_urgent = false;
    bool m_townOnly = false;
    QString m_elapsed;
    QLabel* m_title = nullptr;
    QLabel* m_whom = nullptr;
    QLabel* m_hotlines = nullptr;
    QPushButton* m_recordButton = nullptr;
};

}  // namespace tongbao
