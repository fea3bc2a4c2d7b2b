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
class NotesSection;
class RecordListSection;
class ReferralsSection;
class TimelineSection;
class VisitsSection;

// One child's file (一人一档) in a window of its own: a header with the child's name, file
// status and risk, the sections of the paper forms listed on the left (basic facts, household,
// guardianship, measures, referrals, visits, history, notes) and the chosen one on the right,
// sized for a 1366×768 laptop. Save (Ctrl+S) stores the child, its household and its
// guardianship in one step, and is possible only when they are consistent; every problem is
// shown next to its field. Esc asks before anything typed is thrown away; a refused save keeps
// it all. A file another office keeps (a village's child in a town ledger) opens to be read:
// a band names the village, nothing of the village's can be typed into, and only the town's
// own notes and referrals can be added and changed.
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
    // The file is kept by another office and is only read here.
    bool isKeptElsewhere() const { return m_keptElsewhere; }
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
    ReferralsSection* referrals() const { return m_referrals; }
    NotesSection* notes() const { return m_notes; }
    ChildFileHeader* header() const { return m_header; }

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
    // Reads who keeps the file and makes it read-only when it is another office.
    void applyKeeper();
    QString entitlementsReadOnlyReason() const;

    Ledger& m_ledger;
    ChildFileService m_service;
    ChildFileDraft m_draft;  // as last loaded or saved
    bool m_dirty = false;
    bool m_triedToSave = false;
    bool m_discarding = false;
    bool m_keptElsewhere = false;
    QString m_keeperName;

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
    NotesSection* m_notes = nullptr;
    EntitlementsSection* m_entitlements = nullptr;
};

}  // namespace tongbao
