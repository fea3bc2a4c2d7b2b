#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace tongbao {

class Ledger;

// A ledger whose rows a merged (town or district) ledger holds: a village registered at the
// town, or the ledger itself.
struct LedgerUnit {
    QString ledgerId;
    QString name;      // as registered (村1, 桥河社区居委会)
    QString areaCode;  // 12 digits
    bool own = false;  // the ledger itself
};

// The villages of a town (or the towns of a district): who owns the rows a merged ledger shows.
// Every row carries its owner's ledger id; this directory turns that id into the name the
// town registered with the village's key (trust), so that the register, the child's file, the
// workbench and the monthly report all say "村1" the same way. A village ledger knows only
// itself. Read once; make a new one after keys are registered.
class VillageDirectory {
    Q_DECLARE_TR_FUNCTIONS(VillageDirectory)
public:
    explicit VillageDirectory(Ledger& ledger);

    // Whether the ledger merges the rows of others (a town or district ledger).
    bool merged() const { return m_merged; }
    // The units in the order lists show them: the ledger itself first, then by area code.
    const QVector<LedgerUnit>& units() const { return m_units; }
    // Only the villages registered at this ledger (what a "village" filter offers).
    QVector<LedgerUnit> villages() const;

    bool isOwn(const QString& owner) const { return owner == m_ownId; }
    // The name of the unit that owns a row; for an owner that was never registered, a
    // recognisable placeholder naming the end of its id (the start of a time-ordered id is the
    // same for ledgers created in the same minute).
    QString nameOf(const QString& owner) const;
    QString areaCodeOf(const QString& owner) const;

private:
    QString m_ownId;
    bool m_merged = false;
    QVector<LedgerUnit> m_units;
    QHash<QString, int> m_index;
};

}  // namespace tongbao
