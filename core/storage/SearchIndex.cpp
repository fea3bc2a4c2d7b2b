#include "storage/SearchIndex.h"

#include "domain/Pinyin.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <thread>

namespace tongbao {

namespace {

const QString kChildSource = QStringLiteral(
    "SELECT c.id, c.name, c.id_number, c.deleted, coalesce(h.head_name, '') FROM child c "
    "LEFT JOIN household h ON h.id = c.household_id");
const QString kOneChild = kChildSource + QStringLiteral(" WHERE c.id = :id");
const QString kHouseholdChildren =
    kChildSource + QStringLiteral(" WHERE c.household_id = :household");

// No folded text contains an underscore, so no child's name or number can be this token.
const QString kDeletedToken = QStringLiteral("_deleted");

void appendSuffixes(QStringList& tokens, const QString& folded) {
    const QList<uint> points = folded.toUcs4();
    const auto* first = reinterpret_cast<const char32_t*>(points.constData());
    for (qsizetype from = 0; from < points.size(); ++from)
        tokens.append(QString::fromUcs4(first + from, points.size() - from));
}

// What a child's tokens are made from; kept in its search row so that an update can take
// back exactly the tokens the index has (FTS5 without stored content needs them to delete).
struct Inputs {
    QString name;
    QString idNumber;
    QString headName;
    bool deleted = false;

    bool operator==(const Inputs& other) const {
        return name == other.name && idNumber == other.idNumber && headName == other.headName &&
               deleted == other.deleted;
    }
    QString document() const {
        QString text = SearchIndex::tokensFor(name, idNumber, headName).join(QLatin1Char(' '));
        if (deleted)
            text += QLatin1Char(' ') + kDeletedToken;
        return text;
    }
};

// Writes children's rows and index entries with statements prepared once per connection
// (Database::cached), for rebuilding 100,000 of them and for the update of every child saved.
class RowWriter {
public:
    explicit RowWriter(Database& db)
        : m_db(db)
        , m_find(db.cached(QStringLiteral("SELECT doc, name, id_number, head_name, deleted FROM "
                                          "child_search WHERE child_id = :id")))
        , m_insertRow(db.cached(
              QStringLiteral("INSERT INTO child_search (child_id, deleted, name, id_number, "
                             "head_name, last_visit) VALUES (:id, :deleted, :name, :idNumber, "
                             ":headName, coalesce((SELECT max(v.visit_date) FROM visit v WHERE "
                             "v.child_id = :child AND v.deleted = 0), ''))")))
        , m_updateRow(
              db.cached(QStringLiteral("UPDATE child_search SET deleted = :deleted, name = :name, "
                                       "id_number = :idNumber, head_name = :headName WHERE doc = "
                                       ":doc")))
        , m_unindex(
              db.cached(QStringLiteral("INSERT INTO child_search_fts (child_search_fts, rowid, "
                                       "tokens) VALUES ('delete', :doc, :tokens)")))
        , m_index(
              db.cached(QStringLiteral("INSERT INTO child_search_fts (rowid, tokens) VALUES (:doc, "
                                       ":tokens)"))) {}

    // The child the source query is on; `mayExist` false skips looking for its current row.
    bool write(const SqlQuery& source, bool mayExist) {
        const QString childId = source.value(0).toString();
        const Inputs inputs{source.value(1).toString(), source.value(2).toString(),
                            source.value(4).toString(), source.value(3).toInt() != 0};
        QVariant doc;
        Inputs old;
        if (mayExist) {
            m_find.bind(QStringLiteral(":id"), childId);
            if (!run(m_find))
                return false;
            if (m_find.next()) {
                doc = m_find.value(0);
                old = {m_find.value(1).toString(), m_find.value(2).toString(),
                       m_find.value(3).toString(), m_find.value(4).toInt() != 0};
            }
            m_find.raw().finish();
        }
        if (doc.isValid()) {
            if (old == inputs)
                return true;
            m_updateRow.bind(QStringLiteral(":doc"), doc);
            m_unindex.bind(QStringLiteral(":doc"), doc)
                .bind(QStringLiteral(":tokens"), old.document());
            if (!run(bindRow(m_updateRow, inputs)) || !run(m_unindex))
                return false;
        } else {
            m_insertRow.bind(QStringLiteral(":id"), childId)
                .bind(QStringLiteral(":child"), childId);
            if (!run(bindRow(m_insertRow, inputs)))
                return false;
            doc = m_insertRow.raw().lastInsertId();
        }
        m_index.bind(QStringLiteral(":doc"), doc)
            .bind(QStringLiteral(":tokens"), inputs.document());
        return run(m_index);
    }

private:
    static SqlQuery& bindRow(SqlQuery& query, const Inputs& inputs) {
        return query.bind(QStringLiteral(":deleted"), inputs.deleted ? 1 : 0)
            .bind(QStringLiteral(":name"), inputs.name)
            .bind(QStringLiteral(":idNumber"), inputs.idNumber)
            .bind(QStringLiteral(":headName"), inputs.headName);
    }

    // Keeps SQLite's reason for the log of whoever called.
    bool run(SqlQuery& query) {
        if (query.exec())
            return true;
        m_db.setLastError(query.errorText());
        return false;
    }

    Database& m_db;
    SqlQuery& m_find;
    SqlQuery& m_insertRow;
    SqlQuery& m_updateRow;
    SqlQuery& m_unindex;
    SqlQuery& m_index;
};

// RowWriter's statements on SQLite's own handle (RawStatement), for the children of a bulk
// scope's commit: values bound by position as UTF-8 instead of through QtSql. The same
// statements, so the same rows and index entries.
class RawRowWriter {
public:
    explicit RawRowWriter(sqlite3* handle)
        : m_source(handle,
                   "SELECT c.id, c.name, c.id_number, c.deleted, coalesce(h.head_name, '') FROM "
                   "child c LEFT JOIN household h ON h.id = c.household_id WHERE c.id = ?1")
        , m_find(handle,
                 "SELECT doc, name, id_number, head_name, deleted FROM child_search WHERE "
                 "child_id = ?1")
        , m_insertRow(handle,
                      "INSERT INTO child_search (child_id, deleted, name, id_number, head_name, "
                      "last_visit) VALUES (?1, ?2, ?3, ?4, ?5, coalesce((SELECT "
                      "max(v.visit_date) FROM visit v WHERE v.child_id = ?1 AND v.deleted = 0), "
                      "''))")
        , m_updateRow(handle,
                      "UPDATE child_search SET deleted = ?2, name = ?3, id_number = ?4, "
                      "head_name = ?5 WHERE doc = ?1")
        , m_unindex(handle,
                    "INSERT INTO child_search_fts (child_search_fts, rowid, tokens) VALUES "
                    "('delete', ?1, ?2)")
        , m_index(handle, "INSERT INTO child_search_fts (rowid, tokens) VALUES (?1, ?2)")
        , m_handle(handle) {}

    bool prepared() const {
        return m_source.prepared() && m_find.prepared() && m_insertRow.prepared() &&
               m_updateRow.prepared() && m_unindex.prepared() && m_index.prepared();
    }

    // A child's row to write: what its tokens are made from, and its document (made apart).
    struct Pending {
        QString childId;
        Inputs inputs;
        QString document;
    };

    // What the tokens of these children are made from; children not (or no longer) in the
    // ledger are passed over.
    bool read(const QStringList& childIds, QVector<Pending>& pending, Database& db) {
        pending.reserve(childIds.size());
        for (const QString& childId : childIds) {
            m_source.bind(1, childId);
            if (m_source.next()) {
                pending.append({childId,
                                {m_source.text(1), m_source.text(2), m_source.text(4),
                                 m_source.integer(3) != 0},
                                QString()});
            } else if (m_source.failed()) {
                db.setLastError(m_source.errorText());
                m_source.reset();
                return false;
            }
            m_source.reset();
        }
        return true;
    }

    // Rewrites the child's row.
    bool write(const Pending& child, Database& db) {
        m_find.bind(1, child.childId);
        std::optional<qint64> doc;
        Inputs old;
        if (m_find.next()) {
            doc = m_find.integer(0);
            old = {m_find.text(1), m_find.text(2), m_find.text(3), m_find.integer(4) != 0};
        }
        const bool found = !m_find.failed();
        if (!found)
            db.setLastError(m_find.errorText());
        m_find.reset();
        if (!found)
            return false;
        if (doc) {
            if (old == child.inputs)
                return true;
            bindRow(m_updateRow.bind(1, *doc), child.inputs);
            m_unindex.bind(1, *doc).bind(2, old.document());
            if (!run(m_updateRow, db) || !run(m_unindex, db))
                return false;
        } else {
            bindRow(m_insertRow.bind(1, child.childId), child.inputs);
            if (!run(m_insertRow, db))
                return false;
            doc = sqlite3_last_insert_rowid(m_handle);
        }
        m_index.bind(1, *doc).bind(2, child.document);
        return run(m_index, db);
    }

private:
    static void bindRow(RawStatement& statement, const Inputs& inputs) {
        statement.bind(2, qint64(inputs.deleted ? 1 : 0))
            .bind(3, inputs.name)
            .bind(4, inputs.idNumber)
            .bind(5, inputs.headName);
    }
    static bool run(RawStatement& statement, Database& db) {
        if (statement.run())
            return true;
        db.setLastError(statement.errorText());
        statement.reset();
        return false;
    }

    RawStatement m_source;
    RawStatement m_find;
    RawStatement m_insertRow;
    RawStatement m_updateRow;
    RawStatement m_unindex;
    RawStatement m_index;
    sqlite3* m_handle;
};

// The documents of a batch of children, half of them on a second thread when the batch is
// large enough to be worth one: making the tokens is pure computation, a third of writing them.
void makeDocuments(QVector<RawRowWriter::Pending>& pending) {
    constexpr qsizetype kWorthAThread = 256;
    RawRowWriter::Pending* children = pending.data();  // detached: each thread its own elements
    const auto make = [children](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            children[i].document = children[i].inputs.document();
    };
    const qsizetype size = pending.size();
    if (size < kWorthAThread) {
        make(0, size);
        return;
    }
    std::thread helper(make, 0, size / 2);
    make(size / 2, size);
    helper.join();
}

// The latest live visit of the child whose row is being updated; '' for none.
const char* const kLatestVisit =
    "coalesce((SELECT max(v.visit_date) FROM visit v WHERE v.child_id = child_search.child_id "
    "AND v.deleted = 0), '')";
// As migration 7 wrote it (NULL for none); migration 8 replaced it.
const char* const kLatestVisitOfStep7 =
    "(SELECT max(v.visit_date) FROM visit v WHERE v.child_id = child_search.child_id AND "
    "v.deleted = 0)";

// The latest visit follows every write to visits, whoever makes it; `latest` is the
// expression that computes it for one child.
QStringList lastVisitTriggers(const QString& latest) {
    return {
        QStringLiteral("CREATE TRIGGER child_search_visit_added AFTER INSERT ON visit BEGIN "
                       "UPDATE child_search SET last_visit = %1 WHERE child_id = NEW.child_id; "
                       "END")
            .arg(latest),
        QStringLiteral("CREATE TRIGGER child_search_visit_changed AFTER UPDATE OF child_id, "
                       "visit_date, deleted ON visit BEGIN UPDATE child_search SET last_visit "
                       "= %1 WHERE child_id IN (NEW.child_id, OLD.child_id); END")
            .arg(latest),
        QStringLiteral("CREATE TRIGGER child_search_visit_removed AFTER DELETE ON visit BEGIN "
                       "UPDATE child_search SET last_visit = %1 WHERE child_id = OLD.child_id; "
                       "END")
            .arg(latest),
    };
}

}  // namespace

QStringList SearchIndex::schema() {
    return QStringList{
               // doc: the child's number in this file only (never reused), the key of the index.
               QStringLiteral("CREATE TABLE child_search (\n"
                              "  doc INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                              "  child_id TEXT NOT NULL UNIQUE REFERENCES child(id),\n"
                              "  deleted INTEGER NOT NULL DEFAULT 0,\n"
                              "  name TEXT NOT NULL DEFAULT '',\n"
                              "  id_number TEXT NOT NULL DEFAULT '',\n"
                              "  head_name TEXT NOT NULL DEFAULT '',\n"
                              "  last_visit TEXT\n)"),
               QStringLiteral("CREATE INDEX child_search_last_visit ON child_search(deleted, "
                              "last_visit, child_id)"),
               // Contentless, rowids only, with indexes of every 1-, 2- and 3-character prefix:
               // what
               // the list counts on each keystroke.
               QStringLiteral(
                   "CREATE VIRTUAL TABLE child_search_fts USING fts5(tokens, content='', "
                   "detail=none, prefix='1 2 3', "
                   "tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")"),
               QStringLiteral("CREATE TABLE child_search_state (\n"
                              "  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),\n"
                              "  key_version INTEGER NOT NULL\n)"),
               // The list: counts and first pages of the usual orders and filters come from an
               // index
               // instead of a pass over every child's whole row.
               QStringLiteral("CREATE INDEX child_list_name ON child(deleted, name, id)"),
               QStringLiteral(
                   "CREATE INDEX child_list_birth_date ON child(deleted, birth_date, id)"),
               QStringLiteral(
                   "CREATE INDEX child_list_village_group ON child(deleted, village_group, id)"),
               QStringLiteral(
                   "CREATE INDEX child_list_file_status ON child(deleted, file_status, id)"),
               QStringLiteral(
                   "CREATE INDEX child_list_risk_level ON child(deleted, risk_level, id)"),
               QStringLiteral(
                   "CREATE INDEX child_list_risk_order ON child(deleted, CASE risk_level "
                   "WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END, "
                   "id)"),
               // The latest live visit of a child in one seek, from the index alone.
               QStringLiteral(
                   "CREATE INDEX visit_child_live_date ON visit(child_id, deleted, visit_date)"),
           } +
           lastVisitTriggers(QString::fromLatin1(kLatestVisitOfStep7));
}

QStringList SearchIndex::schemaNameOrder() {
    QStringList steps{
        // A child never visited has '' as its latest visit, not NULL: '' sorts first too, and
        // "no visit since a day" becomes one range of child_search_last_visit.
        QStringLiteral("DROP TRIGGER IF EXISTS child_search_visit_added"),
        QStringLiteral("DROP TRIGGER IF EXISTS child_search_visit_changed"),
        QStringLiteral("DROP TRIGGER IF EXISTS child_search_visit_removed"),
        QStringLiteral("UPDATE child_search SET last_visit = '' WHERE last_visit IS NULL"),
    };
    steps += lastVisitTriggers(QString::fromLatin1(kLatestVisit));
    steps += QStringList{
        // Name orders that carry what the filters read, so that a filtered list can be walked
        // in name order from an index alone (see ChildListQuery::fetch).
        QStringLiteral("DROP INDEX IF EXISTS child_list_name"),
        QStringLiteral("CREATE INDEX child_list_name ON child(deleted, name, id, birth_date, "
                       "risk_level, file_status, village_group, categories)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS child_search_name ON child_search(deleted, name, child_id, "
            "last_visit)"),
    };
    return steps;
}

QStringList SearchIndex::schemaSexAndIdNumberOrders() {
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS child_list_sex ON child(deleted, sex, id)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS child_list_id_number ON child(deleted, id_number, id)"),
    };
}

QStringList SearchIndex::lastVisitTriggerStatements() {
    return lastVisitTriggers(QString::fromLatin1(kLatestVisit));
}

QString SearchIndex::lastVisitUpdate() {
    return QStringLiteral("UPDATE child_search SET last_visit = %1 WHERE last_visit IS NOT %1")
        .arg(QString::fromLatin1(kLatestVisit));
}

QStringList SearchIndex::tokensFor(const QString& fullName,
                                   const QString& fullIdNumber,
                                   const QString& fullHeadName) {
    // Every suffix is a token, so the work grows with the square of the length: a pasted page
    // of text as a name (issue 7, hostile input) took minutes and gigabytes. Only the start of
    // each text is indexed; no real name or ID number comes near this length.
    constexpr qsizetype kIndexedLength = 64;
    const QString name = fullName.left(kIndexedLength);
    const QString idNumber = fullIdNumber.left(kIndexedLength);
    const QString headName = fullHeadName.left(kIndexedLength);
    QStringList tokens;
    appendSuffixes(tokens, Pinyin::fold(name));
    appendSuffixes(tokens, Pinyin::fold(idNumber));
    appendSuffixes(tokens, Pinyin::fold(headName));
    // From each syllable on: the full spelling and the initials, of every reading.
    for (const QStringList& syllables : Pinyin::readings(name)) {
        for (qsizetype from = 0; from < syllables.size(); ++from) {
            QString spelling;
            QString initials;
            for (qsizetype i = from; i < syllables.size(); ++i) {
                spelling += syllables[i];
                initials += syllables[i].front();
            }
            tokens.append(spelling);
            tokens.append(initials);
        }
    }
    // A search looks for tokens that start with the typed text, so a token that starts
    // another ("s" and "san") adds nothing. In sorted order the tokens a token starts follow
    // it directly; equal tokens too.
    std::sort(tokens.begin(), tokens.end());
    QStringList kept;
    kept.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i + 1 < tokens.size() && tokens[i + 1].startsWith(tokens[i]))
            continue;
        kept.append(tokens[i]);
    }
    return kept;
}

QString SearchIndex::matchFor(const QString& typed, bool includeDeleted) {
    const QString folded = Pinyin::fold(typed);
    if (folded.isEmpty())
        return {};
    QString match = QLatin1Char('"') + folded + QStringLiteral("\"*");
    if (!includeDeleted)
        match += QStringLiteral(" NOT \"") + kDeletedToken + QLatin1Char('"');
    return match;
}

bool SearchIndex::update(Database& db, const QString& childId) {
    SqlQuery& source = db.cached(kOneChild);
    source.bind(QStringLiteral(":id"), childId);
    RowWriter writer(db);
    const bool written = source.exec() && source.next() && writer.write(source, true);
    source.finish();
    return written;
}

bool SearchIndex::updateChildren(Database& db, const QStringList& childIds) {
    if (childIds.isEmpty())
        return true;
    // A batch (a bulk scope's commit) through SQLite's own handle when there is one: the
    // children's inputs read first, their documents (the tokens: pinyin, suffixes) made on two
    // threads, then the rows written in order.
    if (auto* handle = static_cast<sqlite3*>(db.sqliteHandle())) {
        RawRowWriter writer(handle);
        if (writer.prepared()) {
            QVector<RawRowWriter::Pending> pending;
            if (!writer.read(childIds, pending, db))
                return false;
            makeDocuments(pending);
            for (const RawRowWriter::Pending& child : std::as_const(pending)) {
                if (!writer.write(child, db))
                    return false;
            }
            return true;
        }
    }
    SqlQuery& source = db.cached(kOneChild);
    RowWriter writer(db);
    for (const QString& childId : childIds) {
        source.bind(QStringLiteral(":id"), childId);
        if (!source.exec()) {
            db.setLastError(source.errorText());
            return false;
        }
        const bool written = !source.next() || writer.write(source, true);
        source.finish();
        if (!written)
            return false;
    }
    return true;
}

bool SearchIndex::updateHousehold(Database& db, const QString& householdId) {
    SqlQuery& source = db.cached(kHouseholdChildren);
    source.bind(QStringLiteral(":household"), householdId);
    bool written = source.exec();
    if (written) {
        RowWriter writer(db);
        while (written && source.next())
            written = writer.write(source, true);
    }
    source.finish();
    return written;
}

Status SearchIndex::rebuildIfNeeded(Database& db) {
    const QVariant version =
        db.scalar(QStringLiteral("SELECT key_version FROM child_search_state"));
    if (!version.isValid() || version.toInt() != KeyVersion)
        return fill(db, true);
    // Child rows are never deleted, only tombstoned, so equal counts mean no row is missing.
    const QVariant missing = db.scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM child) - (SELECT count(*) FROM child_search)"));
    if (!missing.isValid())
        return Status::failure(tr("The search index of the register could not be read."));
    return missing.toLongLong() == 0 ? Status::success() : fill(db, false);
}

Status SearchIndex::rebuild(Database& db) {
    return fill(db, true);
}

Status SearchIndex::fill(Database& db, bool everything) {
    const Status failed =
        Status::failure(tr("The search index of the register could not be rebuilt."));
    Transaction transaction(db);
    if (!transaction.active())
        return failed;
    if (everything &&
        (!db.execute(QStringLiteral(
             "INSERT INTO child_search_fts (child_search_fts) VALUES ('delete-all')")) ||
         !db.execute(QStringLiteral("DELETE FROM child_search"))))
        return failed;
    {
        SqlQuery source(
            db, everything
                    ? kChildSource
                    : kChildSource + QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM "
                                                    "child_search s WHERE s.child_id = c.id)"));
        source.raw().setForwardOnly(true);
        if (!source.exec())
            return failed;
        RowWriter writer(db);
        while (source.next()) {
            if (!writer.write(source, false))
                return failed;
        }
    }
    SqlQuery state(
        db, QStringLiteral("INSERT INTO child_search_state (singleton, key_version) VALUES (1, "
                           ":version) ON CONFLICT (singleton) DO UPDATE SET key_version = "
                           "excluded.key_version"));
    state.bind(QStringLiteral(":version"), KeyVersion);
    // Many rows at once leave the index in many small segments; one merge makes searches read
    // one list per prefix.
    if (everything && !db.execute(QStringLiteral(
                          "INSERT INTO child_search_fts (child_search_fts) VALUES ('optimize')")))
        return failed;
    if (!state.exec() || !transaction.commit())
        return failed;
    return Status::success();
}

}  // namespace tongbao
