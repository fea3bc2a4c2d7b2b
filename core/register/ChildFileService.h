#pragma once

#include "common/Result.h"
#include "domain/Child.h"
#include "domain/Guardianship.h"
#include "domain/Household.h"
#include "domain/Measure.h"
#include "domain/Referral.h"
#include "register/ChildValidation.h"

#include <QCoreApplication>

#include <optional>

namespace tongbao {

class Ledger;

// What the child's file window edits and saves with one press of Save: the child, its
// household (the one it is linked to, with any edits, or a new one without an id), and its
// guardianship.
struct ChildFileDraft {
    Child child;
    std::optional<Household> household;
    std::optional<Guardianship> guardianship;
};

// What became of a save. Nothing is stored unless kind is Saved, and the caller's record is
// left as it was given, so a refused save loses nothing that was typed.
struct SaveOutcome {
    enum class Kind {
        Saved,
        Refused,            // problems has at least one error
        AlreadyOnFile,      // a new child's ID number is on file already: recordId is that child
        NeedsConfirmation,  // a new child has the name and birth date of `similar`
        Failed,             // the ledger could not be written: message says why
    };
    Kind kind = Kind::Saved;
    QString recordId;        // the record saved, or the child already on file
    FieldProblems problems;  // the errors that refused it, or the warnings of a saved record
    QVector<Child> similar;
    QString message;  // translated; for every kind but Saved

    bool saved() const { return kind == Kind::Saved; }
};

// The operations of a child's file (一人一档), each one transaction, shared by the file window
// and the command line so that both refuse the same things: creating a child (with a household
// picked or created in the same step), editing it, closing the file (退出) with a reason and
// date and reopening it, moving the child to another household (an edit, so its history shows
// the move), and the guardianship, measures and referrals. Every write is checked by
// ChildValidation first. Duplicates are caught at the door: a new child whose ID number is on
// file already is not created (the caller opens the existing file instead), and one with the
// name and birth date of another child needs the user's confirmation.
class ChildFileService {
    Q_DECLARE_TR_FUNCTIONS(ChildFileService)

public:
    explicit ChildFileService(Ledger& ledger);

    // The child with its household and guardianship, as the window shows them.
    Result<ChildFileDraft> load(const QString& childId) const;

    // Every problem of a draft, as a save would find them, including an ID number that
    // another child on file already has.
    FieldProblems check(const ChildFileDraft& draft) const;

    // Creates the child when its id is empty, otherwise saves the edits.
    SaveOutcome save(ChildFileDraft& draft, bool similarConfirmed = false);
    SaveOutcome createChild(ChildFileDraft& draft, bool similarConfirmed = false);
    SaveOutcome editChild(ChildFileDraft& draft);

    SaveOutcome closeFile(const QString& childId, const QString& reason, const QDate& date);
    SaveOutcome reopenFile(const QString& childId);
    // An empty householdId unlinks the child.
    SaveOutcome moveToHousehold(const QString& childId, const QString& householdId);

    SaveOutcome saveHousehold(Household& household);
    SaveOutcome saveGuardianship(Guardianship& guardianship);
    SaveOutcome saveMeasure(Measure& measure);
    SaveOutcome removeMeasure(const QString& measureId);
    SaveOutcome saveReferral(Referral& referral);
    SaveOutcome removeReferral(const QString& referralId);

    // The live child with this ID number (as typed), other than `exceptChildId`.
    std::optional<Child> childWithIdNumber(const QString& typed,
                                           const QString& exceptChildId = {}) const;
    // Live children with the same name and birth date, other than `exceptChildId`.
    QVector<Child> similarChildren(const QString& name,
                                   const QDate& birthDate,
                                   const QString& exceptChildId = {}) const;

    // The ledger's today, which every date rule is judged against.
    QDate today() const;

private:
    void normalize(ChildFileDraft& draft) const;
    SaveOutcome write(ChildFileDraft& draft);
    SaveOutcome writeChild(Child& child);
    static SaveOutcome refused(const FieldProblems& problems);
    static SaveOutcome failed(const QString& message);
    static SaveOutcome saved(const QString& id, const FieldProblems& warnings = {});

    Ledger& m_ledger;
};

}  // namespace tongbao
