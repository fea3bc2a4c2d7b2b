#include "domain/AreaCodes.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>
#include <QtDebug>

namespace tongbao {

namespace {

using Table = QHash<QString, AreaCodeInfo>;

enum Column { Code, FullName, Status, FromYear, ToYear, NewCodes, Level, ColumnCount };

std::optional<AreaCodeInfo::Status> statusFromLetter(QStringView letter) {
    if (letter == u"U")
        return AreaCodeInfo::Status::InUse;
    if (letter == u"C")
        return AreaCodeInfo::Status::Changed;
    if (letter == u"R")
        return AreaCodeInfo::Status::Retired;
    return std::nullopt;
}

std::optional<AreaCodeInfo::Level> levelFromLetter(QStringView letter) {
    if (letter == u"K")
        return AreaCodeInfo::Level::County;
    if (letter == u"P")
        return AreaCodeInfo::Level::Prefecture;
    if (letter == u"D")
        return AreaCodeInfo::Level::CityDistricts;
    return std::nullopt;
}

std::optional<AreaCodeInfo> parseLine(const QString& line) {
    const QStringList fields = line.split(QLatin1Char('\t'));
    if (fields.size() != ColumnCount || fields[Code].size() != 6)
        return std::nullopt;
    const auto status = statusFromLetter(fields[Status]);
    const auto level = levelFromLetter(fields[Level]);
    if (!status || !level)
        return std::nullopt;
    AreaCodeInfo info;
    info.code = fields[Code];
    info.fullName = fields[FullName];
    info.status = *status;
    info.level = *level;
    info.fromYear = fields[FromYear].toInt();
    info.toYear = fields[ToYear].toInt();
    info.replacementCodes = fields[NewCodes].split(QLatin1Char(','), Qt::SkipEmptyParts);
    return info;
}

// The resource is part of the build, so a damaged line is a programming error; it is reported
// and skipped rather than taking every ID number down with it.
Table loadTable() {
    Table table;
    QFile file(QStringLiteral(":/data/area-codes.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("AreaCodes: cannot open the embedded area-code table");
        return table;
    }
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    int lineNumber = 0;
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (auto info = parseLine(line))
            table.insert(info->code, std::move(*info));
        else
            qWarning("AreaCodes: skipping malformed line %d of the area-code table", lineNumber);
    }
    return table;
}

// A function-local static is initialised exactly once even when threads race to it.
const Table& table() {
    static const Table loaded = loadTable();
    return loaded;
}

}  // namespace

std::optional<AreaCodeInfo> AreaCodes::lookup(QStringView code) {
    const auto found = table().constFind(code.toString());
    if (found == table().constEnd())
        return std::nullopt;
    return *found;
}

bool AreaCodes::isKnown(QStringView code) {
    return table().contains(code.toString());
}

QString AreaCodes::displayName(QStringView code) {
    const auto info = lookup(code);
    if (!info)
        return QString();
    if (info->status == AreaCodeInfo::Status::InUse)
        return info->fullName;
    return tr("%1 (code retired in %2)").arg(info->fullName).arg(info->toYear);
}

QStringList AreaCodes::currentCodes(QStringView code) {
    QStringList current;
    QStringList pending{code.toString()};
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString next = pending.takeFirst();
        if (seen.contains(next))
            continue;  // the source never loops, but a hand-edited table must not hang us
        seen.insert(next);
        const auto info = lookup(next);
        if (!info)
            continue;
        if (info->status == AreaCodeInfo::Status::InUse) {
            if (!current.contains(next))
                current.append(next);
        } else {
            pending.append(info->replacementCodes);
        }
    }
    return current;
}

int AreaCodes::count() {
    return int(table().size());
}

}  // namespace tongbao
