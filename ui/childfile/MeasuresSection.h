#pragma once

#include "childfile/RecordListSection.h"

namespace tongbao {

// The measures of protection and assistance the child has or should have (保障/帮扶措施):
// kind, department, period, amount per month, status. Kept here, one dialog per measure.
class MeasuresSection : public RecordListSection {
    Q_OBJECT

public:
    explicit MeasuresSection(QWidget* parent = nullptr);
    void reload() override;

protected:
    void retranslateUi() override;
    void addRecord() override;
    void editRecord(const QString& id) override;
    void removeRecord(const QString& id) override;
};

}  // namespace tongbao
