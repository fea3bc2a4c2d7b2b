#pragma once

#include "childfile/RecordListSection.h"

namespace tongbao {

// The visits to the child (走访), newest first, as a list to read: the visit form is its own
// screen, not part of the file.
class VisitsSection : public RecordListSection {
    Q_OBJECT

public:
    explicit VisitsSection(QWidget* parent = nullptr);
    void reload() override;

protected:
    void retranslateUi() override;
};

}  // namespace tongbao
