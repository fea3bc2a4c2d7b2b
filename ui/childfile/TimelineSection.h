#pragma once

#include "childfile/RecordListSection.h"

namespace tongbao {

// The history of the file (变更记录): every change to the child and its records, in plain
// sentences with the date and the user, newest first.
class TimelineSection : public RecordListSection {
    Q_OBJECT

public:
    explicit TimelineSection(QWidget* parent = nullptr);
    void reload() override;

protected:
    void retranslateUi() override;
};

}  // namespace tongbao
