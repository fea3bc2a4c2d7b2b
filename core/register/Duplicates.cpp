#include "register/Duplicates.h"

#include "domain/IdNumber.h"
#include "storage/ChildListQuery.h"
#include "storage/Ledger.h"

#include <QHash>
#include <QSet>

namespace tongbao {

namespace {

struct Seen {
    QString id;
    QString name;
    QString idNumber;
};

}  // namespace

QString DuplicateGroup::kindCode() const {
    return kind == Kind::SameIdNumber ? QStringLiteral("id_number")
                                      : QStringLiteral("name_birth_date");
}

QString DuplicateGroup::reason() const {
    if (kind == Kind::SameIdNumber)
        return Duplicates::tr("the same ID number %1").arg(IdNumber::mask(idNumber));
    return Duplicates::tr("the same name and date of birth (%1)")
        .arg(birthDate.toString(Qt::ISODate));
}

Result<QVector<DuplicateGroup>> Duplicates::find(Ledger& ledger) {
    QHash<QString, QVector<Seen>> byIdNumber;
    QHash<QString, QVector<Seen>> byNameAndBirth;
    QStringList idOrder;  // first appearance, so the output follows the register's order
    QStringList nameOrder;
    const ChildListQuery query(ledger.database(), ledger.clock());
    const bool read =
        query.forEach(ChildListFilter(), ChildListSort(), [&](const ChildListRow& row) {
            const Seen seen{row.id, row.name, row.idNumber};
            if (!row.idNumber.isEmpty()) {
                QVector<Seen>& same = byIdNumber[row.idNumber];
                if (same.size() == 1)
                    idOrder.append(row.idNumber);
                same.append(seen);
            }
            const QString name = row.name.trimmed();
            if (!name.isEmpty() && row.birthDate.isValid()) {
                const QString key = name + QLatin1Char('\t') + row.birthDate.toString(Qt::ISODate);
                QVector<Seen>& same = byNameAndBirth[key];
                if (same.size() == 1)
                    nameOrder.append(key);
                same.append(seen);
            }
            return true;
        });
    if (!read)
        return Result<QVector<DuplicateGroup>>::failure(
            tr("The children of the ledger could not be read."));

    QVector<DuplicateGroup> groups;
    for (const QString& number : idOrder) {
        DuplicateGroup group;
        group.kind = DuplicateGroup::Kind::SameIdNumber;
        group.idNumber = number;
        for (const Seen& seen : byIdNumber.value(number)) {
            group.childIds.append(seen.id);
            group.names.append(seen.name);
        }
        groups.append(group);
    }
    for (const QString& key : nameOrder) {
        const QVector<Seen> same = byNameAndBirth.value(key);
        // Children all sharing one ID number were reported above.
        QSet<QString> numbers;
        for (const Seen& seen : same)
            numbers.insert(seen.idNumber);
        if (numbers.size() == 1 && !same.first().idNumber.isEmpty())
            continue;
        DuplicateGroup group;
        group.kind = DuplicateGroup::Kind::SameNameAndBirthDate;
        group.birthDate = QDate::fromString(key.section(QLatin1Char('\t'), 1), Qt::ISODate);
        for (const Seen& seen : same) {
            group.childIds.append(seen.id);
            group.names.append(seen.name);
        }
        groups.append(group);
    }
    return groups;
}

}  // namespace tongbao
