#pragma once

#include "childfile/RecordListSection.h"

namespace tongbao {

// The referrals of the child to departments (转介): to whom, when, what for, and what came of it.
class ReferralsSection : public RecordListSection {
    Q_OBJECT

public:
    explicit ReferralsSection(QWidget* parent = nullptr);
    void reload() override;

protected:
    void retranslateUi() override;
    void addRecord() override;
    void editRecord(const QString& id) override;
    void removeRecord(const QString& id) override;
};

}  // namespace tongbao
