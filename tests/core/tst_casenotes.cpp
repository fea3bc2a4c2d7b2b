// Notes in a child's file (case_note): saved with their audit row, tombstoned, refused for a
// note another ledger wrote, shown in the child's history in plain words, made by migration 13
// on an older file, and carried from a village to its town in a batch (a village's removal
// too), where the town adds its own beside them.
#include "TempLedger.h"
#include "tst_exchange_fixture.h"

#include "register/CaseNotes.h"
#include "register/ChildTimeline.h"
#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tongbao;
using namespace tongbao::test;

namespace {

QString saveChild(Ledger& ledger, const QString& name) {
    Child child;
    child.name = name;
    child.sex = QStringLiteral("F");
    child.birthDate = QDate(2015, 3, 17);
    return ledger.children().save(child) ? child.meta.id : QString();
}

struct AuditRow {
    QString action;
    QString owner;
    qint64 rev = 0;
    QJsonArray changes;
};

QVector<AuditRow> auditOf(Database& db, const QString& id) {
    SqlQuery query(db, QStringLiteral("SELECT action, owner, rev, changes FROM audit WHERE "
                                      "entity = 'case_note' AND entity_id = :id ORDER BY seq"));
    query.bind(QStringLiteral(":id"), id);
    QVector<AuditRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toLongLong(),
                     QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array()});
    return rows;
}

QString changedField(const QJsonArray& changes, const QString& field) {
    for (const QJsonValue& change : changes) {
        const QJsonObject object = change.toObject();
        if (object.value(QLatin1String("field")).toString() == field)
            return object.value(QLatin1String("new")).toVariant().toString();
    }
    return {};
}

}  // namespace

class TestCaseNotes : public QObject {
    Q_OBJECT

private slots:
    void saveWritesTheRowAndItsHistory();
    void removeLeavesATombstone();
    void notesAreCheckedBeforeSaving();
    void anotherLedgersNoteIsRefused();
    void historyTellsTheNoteInWords();
    void migrationThirteenUpgradesAnOlderFile();
    void villageNoteTravelsToTheTown();
};

void TestCaseNotes::saveWritesTheRowAndItsHistory() {
    TempLedger ledger;
    QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
    const QString childId = saveChild(ledger.ledger(), QStringLiteral("王小燕"));
    QVERIFY(!childId.isEmpty());
    CaseNotes notes(ledger.ledger());

    CaseNote note;
    note.childId = childId;
    note.text = QStringLiteral("  学校老师来电：最近常迟到。  ");
    const SaveOutcome saved = notes.save(note);
    QVERIFY2(saved.saved(), qPrintable(saved.message));
    QVERIFY(!note.meta.id.isEmpty());
    QCOMPARE(note.meta.owner, ledger->identity().id);
    QCOMPARE(note.author, ledger->actor());             // signed by whoever writes it
    QCOMPARE(note.writtenOn, ledger->clock().today());  // a new note without a day: today
    QCOMPARE(note.text, QStringLiteral("学校老师来电：最近常迟到。"));

    const Result<CaseNote> stored = notes.load(note.meta.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->text, note.text);
    QCOMPARE(stored->writtenOn, note.writtenOn);
    QCOMPARE(stored->meta.rev, note.meta.rev);

    QVector<AuditRow> audit = auditOf(ledger->database(), note.meta.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0].action, QStringLiteral("create"));
    QCOMPARE(audit[0].owner, ledger->identity().id);
    QCOMPARE(audit[0].rev, note.meta.rev);
    QCOMPARE(changedField(audit[0].changes, QStringLiteral("text")), note.text);

    // An edit: a new rev and an audit row with the change; the writer stays who wrote it.
    ledger.clock().advanceDays(1);
    ledger->setActor(QStringLiteral("another"));
    note.text = QStringLiteral("学校老师来电：最近常迟到，已与奶奶谈过。");
    note.author = QStringLiteral("someone else");
    QVERIFY(notes.save(note).saved());
    QCOMPARE(note.author, QStringLiteral("tester"));
    audit = auditOf(ledger->database(), note.meta.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[1].action, QStringLiteral("update"));
    QCOMPARE(changedField(audit[1].changes, QStringLiteral("text")), note.text);

    // Newest first: a later day before an earlier one, and the later of one day first.
    CaseNote older;
    older.childId = childId;
    older.writtenOn = QDate(2026, 10, 1);
    older.text = QStringLiteral("十月的记录");
    QVERIFY(notes.save(older).saved());
    CaseNote sameDay;
    sameDay.childId = childId;
    sameDay.writtenOn = note.writtenOn;
    sameDay.text = QStringLiteral("同一天后来写的");
    QVERIFY(notes.save(sameDay).saved());
    const QVector<CaseNote> listed = notes.forChild(childId);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed[0].meta.id, sameDay.meta.id);
    QCOMPARE(listed[1].meta.id, note.meta.id);
    QCOMPARE(listed[2].meta.id, older.meta.id);
    QVERIFY(LedgerCheck(ledger->database()).run().clean());
}

void TestCaseNotes::removeLeavesATombstone() {
    TempLedger ledger;
    QVERIFY(ledger.ok());
    const QString childId = saveChild(ledger.ledger(), QStringLiteral("王小燕"));
    CaseNotes notes(ledger.ledger());
    CaseNote note;
    note.childId = childId;
    note.text = QStringLiteral("写错了的记录");
    QVERIFY(notes.save(note).saved());

    const SaveOutcome removed = notes.remove(note.meta.id);
    QVERIFY2(removed.saved(), qPrintable(removed.message));
    QVERIFY(notes.forChild(childId).isEmpty());
    const Result<CaseNote> stored = notes.load(note.meta.id);
    QVERIFY(stored.ok());  // still there, so that the removal can travel
    QVERIFY(stored->meta.deleted);
    QVERIFY(stored->meta.rev > note.meta.rev);
    const QVector<AuditRow> audit = auditOf(ledger->database(), note.meta.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[1].action, QStringLiteral("delete"));

    // A removed note cannot be removed or changed again.
    QVERIFY(!notes.remove(note.meta.id).saved());
    note.text = QStringLiteral("再改");
    QVERIFY(!notes.save(note).saved());
    QVERIFY(LedgerCheck(ledger->database()).run().clean());
}

void TestCaseNotes::notesAreCheckedBeforeSaving() {
    TempLedger ledger;
    QVERIFY(ledger.ok());
    const QString childId = saveChild(ledger.ledger(), QStringLiteral("王小燕"));
    CaseNotes notes(ledger.ledger());

    CaseNote empty;
    empty.childId = childId;
    empty.text = QStringLiteral("   \n ");
    SaveOutcome outcome = notes.save(empty);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Refused);
    QVERIFY(outcome.problems.forField(QStringLiteral("text")));
    QVERIFY(empty.meta.id.isEmpty());

    CaseNote future;
    future.childId = childId;
    future.text = QStringLiteral("明天的事");
    future.writtenOn = ledger->clock().today().addDays(1);
    outcome = notes.save(future);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Refused);
    QVERIFY(outcome.problems.forField(QStringLiteral("written_on")));

    CaseNote tooLong;
    tooLong.childId = childId;
    tooLong.text = QString(CaseNotes::MaximumLength + 1, QChar(0x5b57));
    QCOMPARE(notes.save(tooLong).kind, SaveOutcome::Kind::Refused);

    CaseNote orphan;
    orphan.childId = QStringLiteral("no-such-child");
    orphan.text = QStringLiteral("记录");
    QCOMPARE(notes.save(orphan).kind, SaveOutcome::Kind::Failed);

    // A reviewer reads the file and writes nothing: the section asks before offering a form.
    useFastPasswordHashing();
    QCOMPARE(logInAs(ledger.ledger(), QStringLiteral("reader"), Role::Reviewer), QString());
    QVERIFY(!notes.mayWrite().ok());
    CaseNote byReviewer;
    byReviewer.childId = childId;
    byReviewer.text = QStringLiteral("记录");
    QCOMPARE(notes.save(byReviewer).kind, SaveOutcome::Kind::Failed);
    QVERIFY(notes.forChild(childId).isEmpty());
}

void TestCaseNotes::anotherLedgersNoteIsRefused() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town));
    const QString childId = saveChild(*village->ledger, QStringLiteral("王小燕"));
    CaseNotes villageNotes(*village->ledger);
    CaseNote note;
    note.childId = childId;
    note.text = QStringLiteral("村里的记录");
    QVERIFY(villageNotes.save(note).saved());
    const QString batch = world.exportBatch(*village);
    QVERIFY(!batch.isEmpty());
    QVERIFY(importFile(*town, batch).ok());

    CaseNotes townNotes(*town->ledger);
    Result<CaseNote> held = townNotes.load(note.meta.id);
    QVERIFY(held.ok());
    QVERIFY(!townNotes.isOwn(*held));
    const QStringList before = fullDump(*town);

    held->text = QStringLiteral("镇里改的");
    SaveOutcome outcome = townNotes.save(*held);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Failed);
    QVERIFY(outcome.message.contains(QLatin1String("another office")));
    outcome = townNotes.remove(note.meta.id);
    QCOMPARE(outcome.kind, SaveOutcome::Kind::Failed);
    // The storage layer refuses it too, whoever asks.
    CaseNoteRepository repository((*town)->database(), (*town)->writer());
    QVERIFY(!repository.save(*held).ok());
    QVERIFY(!repository.remove(note.meta.id).ok());
    QCOMPARE(fullDump(*town), before);
}

void TestCaseNotes::historyTellsTheNoteInWords() {
    TempLedger ledger;
    QVERIFY(ledger.ok());
    const QString childId = saveChild(ledger.ledger(), QStringLiteral("王小燕"));
    CaseNotes notes(ledger.ledger());
    CaseNote note;
    note.childId = childId;
    note.writtenOn = QDate(2026, 11, 28);
    note.text = QStringLiteral("第一稿");
    QVERIFY(notes.save(note).saved());
    note.text = QStringLiteral("第二稿");
    QVERIFY(notes.save(note).saved());
    QVERIFY(notes.remove(note.meta.id).saved());

    const QVector<TimelineEntry> entries = ChildTimeline::build(ledger.ledger(), childId);
    QStringList texts;
    for (const TimelineEntry& entry : entries) {
        if (entry.entity == QLatin1String("case_note"))
            texts.append(entry.text);
    }
    QCOMPARE(texts, QStringList({QStringLiteral("Removed: Note of 2026-11-28"),
                                 QStringLiteral("Note of 2026-11-28 — Note: 第一稿 → 第二稿"),
                                 QStringLiteral("Added: Note of 2026-11-28")}));
}

void TestCaseNotes::migrationThirteenUpgradesAnOlderFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.tongbao"));
    {
        auto connected = Database::connect(path);
        QVERIFY(connected.ok());
        Database& db = **connected;
        QVERIFY(
            db.execute(QStringLiteral("PRAGMA application_id = %1").arg(Ledger::ApplicationId)));
        QVERIFY(Migrations::migrate(db, 12).ok());
        QVERIFY(!db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = "
                                          "'case_note'"))
                     .isValid());
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO ledger (singleton, id, kind, name, area_code, created_at) VALUES "
            "(1, 'a5c1d9c0-0000-4000-8000-000000000001', 'village', '桥河社区', "
            "'500110001001', '2026-01-01T00:00:00Z')")));
        QVERIFY(Migrations::migrate(db, 13).ok());
        QCOMPARE(Migrations::currentVersion(db), 13);
        for (const char* name : {"case_note", "case_note_child", "case_note_owner_rev"})
            QVERIFY2(db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = '%1'")
                                   .arg(QLatin1String(name)))
                         .isValid(),
                     name);
    }
    FixedClock clock(TempLedger::defaultStart());
    auto opened = Ledger::open(path, QStringLiteral("tester"), clock);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    const QString childId = saveChild(**opened, QStringLiteral("王小燕"));
    CaseNote note;
    note.childId = childId;
    note.text = QStringLiteral("升级后的第一条记录");
    QVERIFY(CaseNotes(**opened).save(note).saved());
    QVERIFY(LedgerCheck((*opened)->database()).run().clean());
}

void TestCaseNotes::villageNoteTravelsToTheTown() {
    World world;
    auto village = world.office(QStringLiteral("village"), QStringLiteral("桥河社区"),
                                QStringLiteral("500110001001"));
    auto town = world.office(QStringLiteral("town"), QStringLiteral("古南街道"),
                             QStringLiteral("500110001000"));
    QVERIFY(village && town && World::connect(*village, *town));
    const QString childId = saveChild(*village->ledger, QStringLiteral("王小燕"));
    CaseNotes villageNotes(*village->ledger);
    CaseNote kept;
    kept.childId = childId;
    kept.writtenOn = QDate(2026, 11, 20);
    kept.text = QStringLiteral("奶奶说孩子周末去镇上补课。\n第二行");
    QVERIFY(villageNotes.save(kept).saved());
    CaseNote dropped;
    dropped.childId = childId;
    dropped.writtenOn = QDate(2026, 11, 21);
    dropped.text = QStringLiteral("之后会删掉的记录");
    QVERIFY(villageNotes.save(dropped).saved());

    const QString first = world.exportBatch(*village);
    QVERIFY(!first.isEmpty());
    ImportResult result = importFile(*town, first);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.report.tables.value(QStringLiteral("case_note")).added, qint64(2));
    QCOMPARE(townRowsOf(*town, *village), ownRows(*village));

    CaseNotes townNotes(*town->ledger);
    QVector<CaseNote> held = townNotes.forChild(childId);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held[1].text, kept.text);
    QCOMPARE(held[1].author, QStringLiteral("tester"));
    QCOMPARE(held[1].meta.owner, (*village)->identity().id);

    // The town writes its own note beside the village's: owned by the town.
    world.clock().advanceDays(1);
    CaseNote townNote;
    townNote.childId = childId;
    townNote.text = QStringLiteral("镇里已联系区教委。");
    QVERIFY(townNotes.save(townNote).saved());
    QCOMPARE(townNote.meta.owner, (*town)->identity().id);

    // The village removes a note: the tombstone travels and the town no longer lists it.
    QVERIFY(villageNotes.remove(dropped.meta.id).saved());
    const QString second = world.exportBatch(*village);
    QVERIFY(!second.isEmpty());
    result = importFile(*town, second);
    QVERIFY2(result.ok(), qPrintable(result.message));
    held = townNotes.forChild(childId);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held[0].meta.id, townNote.meta.id);
    QCOMPARE(held[1].meta.id, kept.meta.id);
    QCOMPARE(townRowsOf(*town, *village), ownRows(*village));
    QVERIFY(AuditLog::verify((*town)->database()).intact());
    QVERIFY(LedgerCheck((*town)->database()).run().clean());
    QVERIFY(LedgerCheck((*village)->database()).run().clean());
}

QTEST_GUILESS_MAIN(TestCaseNotes)
#include "tst_casenotes.moc"
