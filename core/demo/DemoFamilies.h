#pragma once

#include "demo/DemoPeople.h"
#include "domain/Guardianship.h"
#include "domain/Household.h"

#include <QDate>
#include <QVector>

namespace tongbao {

class DemoRandom;

// The family circumstances a demo household is drawn from. Together they cover every parent
// status and every guardianship type of the vocabulary, in rough proportion to what a
// Qijiang village sees: mostly left-behind children and poor families, a few orphans and
// children whose parents are in prison or out of contact, and the rare hard cases (no
// guardian at all, guardianship revoked, a mother deported).
enum class FamilySituation {
    LeftBehind,              // both parents work away; the children are entrusted to relatives
    LeftBehindParentUnable,  // father works away, mother seriously ill or severely disabled
    OneParentAway,           // father works away, mother at home; a poor family
    PoorFamily,              // parents at home, family on 低保 / 特困 / 低保边缘
    DisabledChild,
    IllChild,
    HivChild,           // father ill with HIV, mother dead
    TemporaryHardship,  // an accident or disaster hit the family
    MigrantFamily,      // from a neighbouring Guizhou county, living here
    WidowedParent,      // father dead, mother raises the children on 低保
    OrphanKinship,
    OrphanInstitution,
    OrphanFoster,
    Adopted,
    DeceasedAndMissing,      // father dead, mother out of contact for more than 6 months
    ImprisonedAndMissing,    // father in prison, mother out of contact
    ImprisonedParentAtHome,  // father in prison, mother at home
    RehabAndDeceased,        // father in compulsory drug rehabilitation, mother dead
    DetainedAndIll,          // mother otherwise detained, father seriously ill
    DisabledParents,         // father severely disabled, mother seriously ill
    GuardianshipRevoked,     // father's guardianship revoked, mother out of contact
    DeportedMother,          // mother deported, father dead
    DeclaredMissing,         // father declared missing, mother dead
    NoGuardian,              // both out of contact and nobody looks after the child
    CommitteeCare,           // father in prison, mother dead, no relative able: committee care
    InadequateCare,          // father alone with the children, cannot look after them
    Count
};

// Who actually looks after the children.
enum class Carer {
    Mother,
    Father,
    Grandparent,  // paternal or maternal, whichever side is alive
    OtherRelative,
    FosterFamily,
    Institution,
    Committee,
    Nobody
};

// One generated family: the people, the household row (members included, ids not yet
// assigned), the guardianship facts its children share, and the children to put on file.
struct DemoFamily {
    FamilySituation situation = FamilySituation::PoorFamily;
    DemoAdult father;
    DemoAdult mother;
    DemoAdult carer;  // the actual caregiver; empty for Nobody
    Carer carerKind = Carer::Mother;
    bool hasHousehold = true;
    Household household;
    Guardianship guardianship;  // childId and caregiverAge are filled per child
    QString fatherSurname;
    QString childSurname;
    QString hukouAreaCode;  // 6 digits of the children's registration; Qijiang unless migrant
    QVector<QDate> childBirthDates;
    QVector<bool> childMale;
    bool eldestAgedOut = false;  // the eldest turned 18 this past year; the file is closed
    bool firstChildDisabled = false;
    bool firstChildIll = false;
    bool hiv = false;
    bool temporaryHardship = false;
};

// Builds demo families. Parents are born 19 to 34 years before their eldest child and
// grandparents a generation before them, so every age on file agrees with every other.
class DemoFamilies {
public:
    DemoFamilies(DemoRandom& random, DemoPeople& people, QDate today);

    // The situation of the n-th household: the first households go through every situation
    // once, so that even a small demo shows each case; after that they are drawn by weight.
    FamilySituation situationFor(int householdIndex);

    DemoFamily make(FamilySituation situation, int maxChildren);

    static QString situationKey(FamilySituation situation);

private:
    void planParents(DemoFamily& family);
    void planChildren(DemoFamily& family, int maxChildren);
    void makeAdults(DemoFamily& family);
    void chooseCarer(DemoFamily& family);
    void buildHousehold(DemoFamily& family);
    QDate sinceDaysAgo(int minimumDays, int maximumDays);

    DemoRandom& m_random;
    DemoPeople& m_people;
    QDate m_today;
    DemoAdult m_paternalGrandfather;
    DemoAdult m_paternalGrandmother;
    DemoAdult m_maternalGrandparent;
};

}  // namespace tongbao
