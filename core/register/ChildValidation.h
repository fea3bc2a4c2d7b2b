#pragma once

#include "domain/Child.h"
#include "domain/Guardianship.h"
#include "domain/Household.h"
#include "domain/Measure.h"
#include "domain/Referral.h"

#include <QCoreApplication>
#include <QVector>

namespace tongbao {

// One thing wrong with one field, in words the person at the keyboard can act on. Errors stop
// a save; warnings are shown beside the field and the save goes ahead.
struct FieldProblem {
    enum class Severity { Error, Warning };

    // The stored column ("id_number"); a household member's field is "member.<row>.<column>".
    QString field;
    QString message;  // translated
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
};

class FieldProblems : public QVector<FieldProblem> {
public:
    bool hasErrors() const;
    // The first problem of the field, errors before warnings; nullptr when it has none.
    const FieldProblem* forField(const QString& field) const;
    const FieldProblem* firstError() const;
    void error(const QString& field, const QString& message);
    void warning(const QString& field, const QString& message);
    // Adds another list's problems with their fields prefixed ("member.2.").
    void addPrefixed(const QString& prefix, const FieldProblems& problems);
};

// The consistency rules of a child's file (shared/docs/domain.md "Records"), in one place so
// that the form, the service that saves and the command line refuse the same things with the
// same words: an ID number that cannot be right, a sex or birth date that contradicts it,
// entrusted care without a caregiver, a closed file without a reason or date, a disability level
// without its category, a certificate that is not the child's, a negative amount, an end before
// its start. "Today" is passed in, so the answers do not depend on the day the tests run.
class ChildValidation {
    Q_DECLARE_TR_FUNCTIONS(ChildValidation)

public:
    static FieldProblems child(const Child& child, const QDate& today);
    // The child gives the age rules (a child under 16 left without a guardian).
    static FieldProblems guardianship(const Guardianship& guardianship,
                                      const Child& child,
                                      const QDate& today);
    static FieldProblems household(const Household& household, const QDate& today);
    static FieldProblems measure(const Measure& measure, const QDate& today);
    static FieldProblems referral(const Referral& referral, const QDate& today);
    // Closing a file (退出): a reason from the list and a day no later than today.
    static FieldProblems closing(const Child& child,
                                 const QString& reason,
                                 const QDate& date,
                                 const QDate& today);

    // The problem of an ID number field, empty when the field is empty or right.
    static QString idNumberProblem(const QString& typed, const QDate& today);
    // The problem of a phone number, empty when it is empty or plausible.
    static QString phoneProblem(const QString& phone);
    // The problem of an area code (6, 9 or 12 digits starting with a known county).
    static QString areaCodeProblem(const QString& code);
};

}  // namespace tongbao
