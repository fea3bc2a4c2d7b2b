#pragma once

#include "demo/DemoFamilies.h"
#include "domain/Child.h"
#include "domain/Guardianship.h"
#include "domain/LedgerIdentity.h"

#include <QDate>
#include <QVector>

namespace tongbao {

class DemoPeople;
class DemoRandom;

// A village or community the demo households live in.
struct DemoVillage {
    QString areaCode;  // 12 digits
    QString place;     // 桥河社区, 石坪村
    QString town;      // 古南街道
    bool urban = false;
};

struct DemoAddress {
    QString text;
    QString villageGroup;
};

struct DemoChild {
    Child child;                // id and risk level not yet set
    Guardianship guardianship;  // id not yet set
};

// Turns a demo family into the files of its children: name, ID number, registration and
// residence, health and disability certificate, schooling by age, file status, and the
// categories and risk level that follow from the facts. The category rules here are the
// domain's (domain.md "Who counts as a child in difficult circumstances"), applied to facts the
// generator made up, so every category on file can be explained by something else on file.
class DemoChildren {
public:
    DemoChildren(DemoRandom& random, DemoPeople& people, QDate today);

    // A village ledger's own village; a town's or district's ledger gets invented villages and
    // communities under its real town codes.
    static QVector<DemoVillage> villagesOf(const LedgerIdentity& ledger, DemoRandom& random);

    DemoAddress addressIn(const DemoVillage& village, const DemoFamily& family);
    DemoChild make(const DemoFamily& family,
                   int index,
                   const DemoVillage& village,
                   const DemoAddress& address);

    QString riskLevel(const Child& child,
                      const Guardianship& guardianship,
                      const DemoFamily& family,
                      bool hasSafetyReport);

    // Situations in which a safety report is more likely.
    static bool isRiskySituation(FamilySituation situation);

    // Whether a parent counts as unable to raise the child (事实无人抚养 criteria): a parent out
    // of contact counts once it has lasted six months.
    static bool parentUnable(const ParentSituation& parent, const QDate& today);

    static QStringList categoriesFor(const Child& child,
                                     const Guardianship& guardianship,
                                     const DemoFamily& family,
                                     const QDate& today);

private:
    void setHealth(Child& child, bool disabled, bool ill, bool hiv);
    void setSchooling(Child& child, const DemoVillage& village, int age);
    void setFileStatus(Child& child, const DemoFamily& family, int index);
    void setPolicyFacts(Child& child, const Guardianship& guardianship, const DemoFamily& family);

    DemoRandom& m_random;
    DemoPeople& m_people;
    QDate m_today;
    QString m_lastSiblingName;
};

}  // namespace tongbao
