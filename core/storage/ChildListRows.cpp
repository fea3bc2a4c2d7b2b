#include "storage/ChildListRows.h"

#include "storage/ColumnMapping.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlResult>

#include <sqlite3.h>

namespace tongbao {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT c.id, c.name, c.sex, c.birth_date, c.id_number, c.village_group, c.categories, "
    "c.risk_level, c.file_status, h.head_name, (SELECT max(v.visit_date) FROM visit v WHERE "
    "v.child_id = c.id AND v.deleted = 0), c.owner");

ChildListRow readRow(const SqlQuery& query) {
    ChildListRow row;
    row.id = query.value(0).toString();
    row.name = query.value(1).toString();
    row.sex = query.value(2).toString();
    sqlvalue::from(query.value(3), row.birthDate);
    row.idNumber = query.value(4).toString();
    row.villageGroup = query.value(5).toString();
    sqlvalue::from(query.value(6), row.categories);
    row.riskLevel = query.value(7).toString();
    row.fileStatus = query.value(8).toString();
    row.householdHead = query.value(9).toString();
    sqlvalue::from(query.value(10), row.lastVisit);
    row.owner = query.value(11).toString();
    return row;
}

// The same row read from SQLite's own statement, as readRow() would read its values.
class RowReader {
public:
    explicit RowReader(sqlite3_stmt* statement)
        : m_statement(statement) {}

    ChildListRow row() const {
        ChildListRow row;
        row.id = text(0);
        row.name = text(1);
        row.sex = text(2);
        row.birthDate = date(3);
        row.idNumber = text(4);
        row.villageGroup = text(5);
        row.categories = list(6);
        row.riskLevel = text(7);
        row.fileStatus = text(8);
        row.householdHead = text(9);
        row.lastVisit = date(10);
        row.owner = text(11);
        return row;
    }

private:
    const char* bytes(int column, int* size) const {
        // The text first, then its length (SQLite's advice: the text may be made by the call).
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        *size = text ? sqlite3_column_bytes(m_statement, column) : 0;
        return text;
    }

    // NULL as a null string, '' as an empty one, as QtSql reads them.
    QString text(int column) const {
        int size = 0;
        const char* text = bytes(column, &size);
        return text ? QString::fromUtf8(text, size) : QString();
    }

    // Dates are stored as yyyy-MM-dd (sqlvalue::dateText); anything else is read as
    // sqlvalue::from reads it.
    QDate date(int column) const {
        int size = 0;
        const char* text = bytes(column, &size);
        if (!text)
            return {};
        if (size == 10 && text[4] == '-' && text[7] == '-') {
            const auto digits = [text](int from, int count) {
                int value = 0;
                for (int i = from; i < from + count; ++i) {
                    if (text[i] < '0' || text[i] > '9')
                        return -1;
                    value = value * 10 + (text[i] - '0');
                }
                return value;
            };
            const int year = digits(0, 4);
            const int month = digits(5, 2);
            const int day = digits(8, 2);
            if (year > 0 && month >= 0 && day >= 0)
                return QDate(year, month, day);
        }
        return QDate::fromString(QString::fromUtf8(text, size), Qt::ISODate);
    }

    // Codes joined by commas (sqlvalue::to), empty parts left out.
    QStringList list(int column) const {
        int size = 0;
        const char* text = bytes(column, &size);
        QStringList parts;
        int start = 0;
        for (int i = 0; i <= size; ++i) {
            if (i < size && text[i] != ',')
                continue;
            if (i > start)
                parts.append(QString::fromUtf8(text + start, i - start));
            start = i + 1;
        }
        return parts;
    }

    sqlite3_stmt* m_statement;
};

}  // namespace

QString ChildListRows::columns() {
    return kColumns;
}

bool ChildListRows::read(SqlQuery& query, const std::function<bool(ChildListRow&&)>& visit) {
    const QSqlResult* result = query.raw().result();
    const QVariant handle = result ? result->handle() : QVariant();
    auto* statement = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0
                          ? *static_cast<sqlite3_stmt* const*>(handle.constData())
                          : nullptr;
    // QtSql's exec() stepped the statement onto its first row. Not on a row: there are none, or
    // a driver that steps in next() only; QtSql reads them then.
    if (!statement || sqlite3_data_count(statement) == 0) {
        while (query.next()) {
            if (!visit(readRow(query)))
                return true;
        }
        return query.raw().lastError().type() == QSqlError::NoError;
    }
    const RowReader reader(statement);
    int stepped = SQLITE_ROW;
    for (; stepped == SQLITE_ROW; stepped = sqlite3_step(statement)) {
        if (!visit(reader.row()))
            return true;
    }
    return stepped == SQLITE_DONE;
}

}  // namespace tongbao
