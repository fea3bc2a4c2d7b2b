#pragma once

#include "register/ChildFileService.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace tongbao {

class BasicFactsSection;
class ChildFileHeader;
class EntitlementsSection;
class GuardianshipSection;
class HouseholdSection;
class Ledger;
class MeasuresSection;
class RecordListSection;
class ReferralsSection;
class TimelineSection;
class VisitsSection;

// One child's file (一人一档) in a window of its own: a header with the child's name, file
// status and risk, the sections of the paper forms listed on the left (basic facts, household,
// guardianship, measures, referrals, visits, history) and the chosen one on the right, sized
// for a 1366×768 laptop. Save (Ctrl+S) stores the child, its household and its guardianship in
// one step, and is possible only when they are consistent; every problem is shown next to its
// field. Esc asks before anything typed is thrown away; a refused save keeps it all.
class ChildFileWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit ChildFileWindow(Ledger& ledger, QWidget* parent = nullptr);
    ~ChildFileWindow() override;

    // Shows the file of a child on record; false (with the reason in the window) if it is gone.
    bool openChild(const QString& childId);
    // An empty form for a child not yet on file.
    void startNewChild();

    QString childId() const { return m_draft.child.meta.id; }
    bool isNew() const { return m_draft.child.meta.id.isEmpty(); }
    bool isDirty() const { return m_dirty; }
    // Saves; true when the file was stored.
    bool save();
    // Closes without asking (the ledger is going away).
    void discardAndClose();

    static QStringList sectionKeys();
    void showSection(const QString& key);
    QString currentSection() const;

    BasicFactsSection* basicFacts() const { return m_basic; }
    HouseholdSection* household() const { return m_household; }
    GuardianshipSection* guardianship() const { return m_guardianship; }
    MeasuresSection* measures() const { return m_measures; }
    TimelineSection* timeline() const { return m_timeline; }
    EntitlementsSection* entitlements() const { return m_entitlements; }

signals:
    void childSaved(const QString& childId);
    void openChildRequested(const QString& childId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void load(const ChildFileDraft& draft);
    ChildFileDraft collectDraft() const;
    void edited();
    void refreshProblems();
    void updateHeader();
    void updateRecordSections();
    void closeFile();
    void reopenFile();
    void recordsChanged();
    void openExisting(const QString& childId);

    Ledger& m_ledger;
    ChildFileService m_service;
    ChildFileDraft m_draft;  // as last loaded or saved
    bool m_dirty = false;
    bool m_triedToSave = false;
    bool m_discarding = false;

    ChildFileHeader* m_header = nullptr;
    QListWidget* m_sectionList = nullptr;
    QStackedWidget* m_pages = nullptr;

    BasicFactsSection* m_basic = nullptr;
    HouseholdSection* m_household = nullptr;
    GuardianshipSection* m_guardianship = nullptr;
    MeasuresSection* m_measures = nullptr;
    ReferralsSection* m_referrals = nullptr;
    VisitsSection* m_visits = nullptr;
    TimelineSection* m_timeline = nullptr;
    EntitlementsSection* m_entitlements = nullptr;
};

}  // namespace tongbao
