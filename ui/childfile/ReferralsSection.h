#pragma once

#include "childfile/RecordListSection.h"

#include <QHash>

#include <memory>

namespace tongbao {

class VillageDirectory;

// The referrals of the child to departments (转介): to whom, when, what for, and what came of it.
// In a merged (town) ledger each row says which office recorded it; the town adds its own
// referrals to a village's child and changes only those, the village's are read here.
class ReferralsSection : public RecordListSection {
    Q_OBJECT

public:
    explicit ReferralsSection(QWidget* parent = nullptr);
    ~ReferralsSection() override;
    void reload() override;

protected:
    void retranslateUi() override;
    void addRecord() override;
    void editRecord(const QString& id) override;
    void removeRecord(const QString& id) override;
    QString whyNotChangeable(const QString& id) const override;
    QString whyNotAdding() const override;

private:
    void setHeaders(bool merged);

    std::unique_ptr<VillageDirectory> m_directory;
    QHash<QString, QString> m_owners;  // record id → owner ledger
};

}  // namespace tongbao
