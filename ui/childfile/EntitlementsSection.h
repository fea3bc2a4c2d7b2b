#pragma once

#include "policy/EntitlementCheck.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongbao {

class Entitlements;
class Ledger;

// The 保障核查 section of the child's file: the classified-protection rules that apply to the
// child, each with its state (in place, in progress, missing), the reason in plain words and
// the department that acts; below the table, the policy's own words for the selected rule. A
// missing entitlement is answered in one step: write the expected measure as 待申请, or refer
// the child to the department.
class EntitlementsSection : public QWidget {
    Q_OBJECT

public:
    explicit EntitlementsSection(QWidget* parent = nullptr);
    ~EntitlementsSection() override;

    void setContext(Ledger* ledger, const QString& childId);
    void reload();
    // Selects the row of this rule, if it applies.
    void selectRule(const QString& ruleId);
    // Only to read (a file another office keeps): the buttons that write a measure or a
    // referral are disabled, `reason` saying why and where to go instead.
    void setReadOnly(bool readOnly, const QString& reason = {});
    QPushButton* createMeasureButton() const { return m_createMeasure; }
    QPushButton* referButton() const { return m_refer; }

    QTableWidget* table() const { return m_table; }
    const QVector<Entitlement>& entitlements() const { return m_results; }

signals:
    // A measure or referral was written here.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void selectionChanged();
    const Entitlement* selected() const;
    void createMeasure();
    void refer();

    Ledger* m_ledger = nullptr;
    QString m_childId;
    std::unique_ptr<Entitlements> m_entitlements;
    QVector<Entitlement> m_results;
    QString m_loadError;
    bool m_readOnly = false;
    QString m_readOnlyReason;

    QLabel* m_heading = nullptr;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_createMeasure = nullptr;
    QPushButton* m_refer = nullptr;
};

}  // namespace tongbao
