#pragma once

#include <QObject>

namespace tongbao {

// Tells the screens that show a ledger's visits, drafts and safety reports that these changed,
// so that the workbench, the red banner and a child's file stay current without polling.
// Whoever saves through the core services announces it here; anyone may listen.
class LedgerEvents : public QObject {
    Q_OBJECT

public:
    static LedgerEvents& instance();

signals:
    void visitsChanged(const QString& childId);
    void visitDraftsChanged();
    void safetyReportsChanged(const QString& childId);

private:
    LedgerEvents() = default;
};

}  // namespace tongbao
