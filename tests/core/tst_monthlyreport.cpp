// The monthly report's figures on a ledger built by hand, where every number was worked out on
// paper first (see the comments at each record); the reconciliation on random demo ledgers;
// and the small pieces the renderers share (months, money, group order, file names).
#include "TempLedger.h"

#include "demo/DemoGenerator.h"
#include "report/DocumentFormat.h"
#include "report/MonthlyReconciliation.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportLayout.h"
#include "report/ReportFileNames.h"
#include "report/VillageGroupOrder.h"
#include "schedule/VisitSchedule.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildListQuery.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeStore.h"
#include "storage/ReportQueries.h"
#include "storage/SafetyReportRepository.h"

#include <QTest>
#include <QTimeZone>

using namespace tongbao;
using namespace tongbao::test;

namespace {

const QTimeZone kChina(8 * 3600);

QDateTime china(int y, int m, int d, int h, int min) {
    return QDateTime(QDate(y, m, d), QTime(h, min), kChina);
}

QString str(const char* text) {
    return QString::fromUtf8(text);
}

// Builds the fixture through the repositories, as the program would.
class Fixture {
public:
    explicit Fixture(Ledger& ledger)
        : m_ledger(ledger) {}

    QString child(const char* name,
                  const char* group,
                  QStringList categories,
                  const char* risk,
                  QDate openedOn,
                  const char* exitReason = nullptr,
                  QDate exitDate = {}) {
        Child c;
        c.name = str(name);
        c.villageGroup = str(group);
        c.categories = std::move(categories);
        c.riskLevel = QLatin1String(risk);
        c.openedOn = openedOn;
        if (exitDate.isValid()) {
            c.fileStatus = QStringLiteral("closed");
            c.exitReason = QLatin1String(exitReason);
            c.exitDate = exitDate;
        }
        const bool saved = m_ledger.children().save(c).ok();
        Q_ASSERT(saved);
        return c.meta.id;
    }

    void guardianship(const QString& child, const char* type) {
        Guardianship g;
        g.childId = child;
        g.guardianshipType = QLatin1String(type);
        m_ledger.guardianships().save(g);
    }

    QString visit(const QString& child, QDate date, const char* mode, bool seen, QDate next = {}) {
        Visit v;
        v.childId = child;
        v.visitDate = date;
        v.mode = QLatin1String(mode);
        v.childSeenInPerson = seen;
        v.nextVisitDate = next;
        m_ledger.visits().save(v);
        return v.meta.id;
    }

    QString measure(const QString& child,
                    const char* kind,
                    const char* status,
                    QDate start,
                    QDate end,
                    qint64 fen) {
        Measure m;
        m.childId = child;
        m.kind = QLatin1String(kind);
        m.status = QLatin1String(status);
        m.startDate = start;
        m.endDate = end;
        m.amountFenPerMonth = fen;
        m_ledger.measures().save(m);
        return m.meta.id;
    }

    void safety(const QString& child,
                const QDateTime& discovered,
                const QDateTime& police,
                const QDateTime& closed = {}) {
        SafetyReport r;
        r.childId = child;
        r.discoveredAt = discovered;
        r.situations = {QStringLiteral("abandoned")};
        if (closed.isValid()) {
            r.status = QStringLiteral("closed");
            r.closedAt = closed;
        }
        SafetyNotification town;  // told first, but it is the police time that counts
        town.recipient = QStringLiteral("town");
        town.notifiedAt = discovered.addSecs(600);
        r.notifications.append(town);
        if (police.isValid()) {
            SafetyNotification p;
            p.recipient = QStringLiteral("police");
            p.notifiedAt = police;
            r.notifications.append(p);
        }
        m_ledger.safetyReports().save(r);
    }

private:
    Ledger& m_ledger;
};

// The fixture for October 2026, reported on 29 November 2026 (the TempLedger's clock).
void buildOctober(Ledger& ledger) {
    Fixture f(ledger);
    // A (1组): on file; high risk; seen 25 Oct → due 8 Nov, not overdue.
    const QString a = f.child("甲", "1组", {QStringLiteral("orphan"), QStringLiteral("disability")},
                              "high", QDate(2026, 1, 10));
    f.guardianship(a, "kinship");
    f.visit(a, QDate(2026, 10, 25), "home", true);
    f.visit(a, QDate(2026, 10, 5), "phone", false);
    const QString removed = f.visit(a, QDate(2026, 10, 15), "home", true);
    ledger.visits().remove(removed);  // a tombstoned visit never counts
    f.measure(a, "orphan_allowance", "in_place", QDate(2026, 1, 10), {}, 150000);
    f.measure(a, "medical_assistance", "ended", QDate(2026, 3, 1), QDate(2026, 11, 15), 20000);
    f.safety(a, china(2026, 10, 3, 10, 0), china(2026, 10, 3, 12, 30));  // 2.5 h
    // 1 Oct 00:30 in China is still 30 Sep in UTC: it belongs to October.
    f.safety(a, china(2026, 10, 1, 0, 30), china(2026, 10, 1, 7, 0));  // 6.5 h

    // B (1组): opened in October, no risk level, no guardianship row, never seen → overdue.
    const QString b =
        f.child("乙", "1组", {QStringLiteral("poverty_dibao")}, "", QDate(2026, 10, 15));
    f.measure(b, "dibao", "applying", QDate(2026, 10, 15), {}, 50000);  // not in force

    // C (2组): low risk, seen 1 Aug (due 30 Oct by interval) but a phone call on 20 Oct set the
    // next visit for 15 Nov, which the schedule honours → not overdue.
    const QString c =
        f.child("丙", "2组", {QStringLiteral("poverty_dibao"), QStringLiteral("left_behind")},
                "low", QDate(2025, 6, 1));
    f.guardianship(c, "parents");
    f.visit(c, QDate(2026, 8, 1), "home", true);
    f.visit(c, QDate(2026, 10, 20), "phone", false, QDate(2026, 11, 15));
    f.measure(c, "dibao", "in_place", QDate(2025, 6, 1), QDate(2026, 10, 15), 60000);  // lapsed
    f.measure(c, "education_aid", "in_place", QDate(2026, 9, 1), {}, 12345);
    // Discovered 31 Oct 23:30, told the police after midnight: opened, not yet reported.
    f.safety(c, china(2026, 10, 31, 23, 30), china(2026, 11, 1, 1, 30), china(2026, 11, 2, 9, 0));

    // D (2组): closed 20 Oct (moved away); its visit on 10 Oct still counts.
    const QString d =
        f.child("丁", "2组", {}, "", QDate(2026, 3, 1), "moved_out", QDate(2026, 10, 20));
    f.visit(d, QDate(2026, 10, 10), "home", true);
    f.measure(d, "dibao", "in_place", QDate(2026, 3, 1), {}, 60000);  // child not on file

    // E (no group): closed only on 10 Nov, so on file at the end of October.
    const QString e = f.child("戊", "", {QStringLiteral("unsupported")}, "high", QDate(2026, 2, 1),
                              "adult", QDate(2026, 11, 10));
    f.guardianship(e, "none");
    f.visit(e, QDate(2026, 10, 30), "school", true);
    f.measure(e, "unsupported_allowance", "in_place", QDate(2026, 2, 1), {}, 150000);
    f.measure(e, "care_allowance", "in_place", QDate(2026, 11, 1), {}, 30000);  // not yet
    f.safety(e, china(2026, 9, 28, 8, 0), china(2026, 9, 28, 9, 0), china(2026, 10, 12, 10, 0));

    // F (1组): opened in November: not in October's report at all.
    f.child("己", "1组", {QStringLiteral("orphan")}, "high", QDate(2026, 11, 5));
    // G (2组): a tombstoned child: nothing of it counts.
    const QString g = f.child("庚", "2组", {QStringLiteral("orphan")}, "high", QDate(2026, 10, 2));
    f.visit(g, QDate(2026, 10, 12), "home", true);
    ledger.children().remove(g);
    // H (1组): closed on the last day of October without a reason.
    f.child("辛", "1组", {QStringLiteral("orphan")}, "medium", QDate(2026, 5, 1), "",
            QDate(2026, 10, 31));
    // I (2组): medium risk, seen 20 Sep → due 20 Oct → overdue; its November visit is after the
    // month and must not rescue it.
    const QString i =
        f.child("壬", "2组", {QStringLiteral("migrant")}, "medium", QDate(2026, 1, 1));
    f.guardianship(i, "entrusted");
    f.visit(i, QDate(2026, 9, 20), "home", true);
    f.visit(i, QDate(2026, 11, 2), "home", true);
}

const MonthlyFigures* group(const MonthlyReport& report, const char* name) {
    for (const MonthlyReportUnit& unit : report.units) {
        for (const MonthlyReportGroup& g : unit.groups) {
            if (g.villageGroup == str(name))
                return &g.figures;
        }
    }
    return nullptr;
}

// The overdue count worked out child by child with VisitSchedule itself, from each child's
// visits made by `day`: the report applies the same rule in SQL and must agree.
qint64 overdueByVisitSchedule(Ledger& ledger, const QDate& day) {
    const ScheduleSettings settings = ScheduleSettings::load(ledger);
    ChildListFilter everyone;
    const QVector<ChildListRow> rows =
        ChildListQuery(ledger.database()).fetch(everyone, ChildListSort(), 0, -1);
    qint64 overdue = 0;
    for (const ChildListRow& row : rows) {
        const Result<Child> child = ledger.children().load(row.id);
        if (!child)
            continue;
        const bool opened = !child->openedOn.isValid() || child->openedOn <= day;
        const bool open = child->isActive() || (child->exitDate.isValid() && child->exitDate > day);
        if (!opened || !open)
            continue;
        QVector<Visit> visits;
        for (const Visit& visit : ledger.visits().forChild(row.id)) {
            if (visit.visitDate <= day)
                visits.append(visit);
        }
        ScheduleFacts facts = ScheduleFacts::of(*child, visits);
        facts.fileStatus = QStringLiteral("active");  // it was, at the end of that day
        const NextDue due = VisitSchedule::nextDue(facts, settings, day);
        if (VisitSchedule::state(due, day) == DueState::Overdue)
            ++overdue;
    }
    return overdue;
}

// The measures in force on `day` by owner, group and kind ("owner|group|kind" → count and fen),
// worked out child by child through the repositories.
QMap<QString, QPair<qint64, qint64>> measuresByChild(Ledger& ledger, const QDate& day) {
    ChildListFilter everyone;
    everyone.includeDeleted = true;
    QMap<QString, QPair<qint64, qint64>> out;
    for (const ChildListRow& row :
         ChildListQuery(ledger.database()).fetch(everyone, ChildListSort(), 0, -1)) {
        const Result<Child> child = ledger.children().load(row.id);
        if (!child || child->meta.deleted)
            continue;
        const bool opened = !child->openedOn.isValid() || child->openedOn <= day;
        const bool open = child->isActive() || (child->exitDate.isValid() && child->exitDate > day);
        if (!opened || !open)
            continue;
        for (const Measure& m : ledger.measures().forChild(row.id)) {
            const bool started = !m.startDate.isValid() || m.startDate <= day;
            const bool endsLater = m.endDate.isValid() && m.endDate >= day;
            const bool inForce =
                started &&
                ((m.status == QLatin1String("in_place") && (!m.endDate.isValid() || endsLater)) ||
                 (m.status == QLatin1String("ended") && endsLater));
            if (!inForce)
                continue;
            auto& cell = out[child->meta.owner + QLatin1Char('|') + child->villageGroup +
                             QLatin1Char('|') + m.kind];
            ++cell.first;
            cell.second += m.amountFenPerMonth;
        }
    }
    return out;
}

QString describe(const QVector<ReconciliationProblem>& problems) {
    QStringList lines;
    for (const ReconciliationProblem& p : problems)
        lines << QStringLiteral("%1: %2 (%3 vs %4)")
                     .arg(p.where, p.rule)
                     .arg(p.expected)
                     .arg(p.actual);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestMonthlyReport : public QObject {
    Q_OBJECT

private slots:
    void everyFigureOfOctober() {
        TempLedger temp;
        QVERIFY(temp.ok());
        buildOctober(temp.ledger());
        const Result<MonthlyReport> computed =
            MonthlyReport::compute(temp.ledger(), QDate(2026, 10, 1));
        QVERIFY2(computed.ok(), qPrintable(computed.message()));
        const MonthlyReport& r = *computed;
        QCOMPARE(r.firstDay, QDate(2026, 10, 1));
        QCOMPARE(r.lastDay, QDate(2026, 10, 31));
        QCOMPARE(r.asOf, QDate(2026, 10, 31));
        QVERIFY(!r.inProgress());
        QCOMPARE(r.preparedOn, QDate(2026, 11, 29));
        QCOMPARE(r.units.size(), 1);
        QVERIFY(!r.byVillage());
        QCOMPARE(r.units[0].name, str("测试台账"));
        // Groups in order, the one not given last.
        QCOMPARE(r.units[0].groups.size(), 3);
        QCOMPARE(r.units[0].groups[0].villageGroup, str("1组"));
        QCOMPARE(r.units[0].groups[1].villageGroup, str("2组"));
        QCOMPARE(r.units[0].groups[2].villageGroup, QString());

        const MonthlyFigures& t = r.total;
        const MonthlyFigures* g1 = group(r, "1组");
        const MonthlyFigures* g2 = group(r, "2组");
        const MonthlyFigures* none = group(r, "");
        QVERIFY(g1 && g2 && none);

        // On file at 31 Oct: A, B (1组); C, I (2组); E (no group).
        QCOMPARE(t.onFile, 5);
        QCOMPARE(g1->onFile, 2);
        QCOMPARE(g2->onFile, 2);
        QCOMPARE(none->onFile, 1);
        // Categories: once per category, once in the total.
        QCOMPARE(t.onFileByCategory.value(QStringLiteral("orphan")), 1);
        QCOMPARE(t.onFileByCategory.value(QStringLiteral("disability")), 1);
        QCOMPARE(t.onFileByCategory.value(QStringLiteral("poverty_dibao")), 2);
        QCOMPARE(g1->onFileByCategory.value(QStringLiteral("poverty_dibao")), 1);
        QCOMPARE(g2->onFileByCategory.value(QStringLiteral("poverty_dibao")), 1);
        QCOMPARE(t.onFileByCategory.value(QStringLiteral("left_behind")), 1);
        QCOMPARE(t.onFileByCategory.value(QStringLiteral("unsupported")), 1);
        QCOMPARE(none->onFileByCategory.value(QStringLiteral("unsupported")), 1);
        QCOMPARE(t.onFileByCategory.value(QStringLiteral("migrant")), 1);
        QCOMPARE(t.onFileByCategory.value(QString()), 0);
        // Risk levels, with B not yet rated.
        QCOMPARE(t.onFileByRisk.value(QStringLiteral("high")), 2);
        QCOMPARE(g1->onFileByRisk.value(QStringLiteral("high")), 1);
        QCOMPARE(none->onFileByRisk.value(QStringLiteral("high")), 1);
        QCOMPARE(t.onFileByRisk.value(QStringLiteral("medium")), 1);
        QCOMPARE(t.onFileByRisk.value(QStringLiteral("low")), 1);
        QCOMPARE(t.onFileByRisk.value(QString()), 1);
        QCOMPARE(g1->onFileByRisk.value(QString()), 1);
        // Guardianship types, with B's not recorded.
        QCOMPARE(t.onFileByGuardianship.value(QStringLiteral("kinship")), 1);
        QCOMPARE(t.onFileByGuardianship.value(QStringLiteral("parents")), 1);
        QCOMPARE(t.onFileByGuardianship.value(QStringLiteral("entrusted")), 1);
        QCOMPARE(t.onFileByGuardianship.value(QStringLiteral("none")), 1);
        QCOMPARE(t.onFileByGuardianship.value(QString()), 1);
        QCOMPARE(g1->onFileByGuardianship.value(QString()), 1);

        // Files opened (B) and closed (D moved away, H without a reason) in October.
        QCOMPARE(t.newFiles, 1);
        QCOMPARE(g1->newFiles, 1);
        QCOMPARE(t.closedFiles, 2);
        QCOMPARE(t.closedByReason.value(QStringLiteral("moved_out")), 1);
        QCOMPARE(g2->closedByReason.value(QStringLiteral("moved_out")), 1);
        QCOMPARE(t.closedByReason.value(QString()), 1);
        QCOMPARE(g1->closedByReason.value(QString()), 1);

        // Visits: A 25 Oct (seen) and 5 Oct (phone); C 20 Oct (phone); D 10 Oct (seen); E 30 Oct.
        QCOMPARE(t.visits, 5);
        QCOMPARE(t.visitsInPerson, 3);
        QCOMPARE(t.visitsOther, 2);
        QCOMPARE(t.childrenSeenInPerson, 3);
        QCOMPARE(g1->visits, 2);
        QCOMPARE(g1->visitsInPerson, 1);
        QCOMPARE(g2->visits, 2);
        QCOMPARE(g2->visitsInPerson, 1);
        QCOMPARE(g2->visitsOther, 1);
        QCOMPARE(g2->childrenSeenInPerson, 1);
        QCOMPARE(none->visits, 1);
        // Overdue on 31 Oct: B (never seen) and I (due 20 Oct).
        QCOMPARE(t.overdue, 2);
        QCOMPARE(g1->overdue, 1);
        QCOMPARE(g2->overdue, 1);
        QCOMPARE(none->overdue, 0);

        // Safety reports discovered in October: two for A (reported after 2.5 h and 6.5 h) and
        // C's (reported only in November); E's September report was closed in October.
        QCOMPARE(t.safetyOpened, 3);
        QCOMPARE(g1->safetyOpened, 2);
        QCOMPARE(g2->safetyOpened, 1);
        QCOMPARE(t.safetyReportedToPolice, 2);
        QCOMPARE(g2->safetyReportedToPolice, 0);
        QCOMPARE(t.safetyClosed, 1);
        QCOMPARE(none->safetyClosed, 1);
        QVERIFY(t.medianHoursToPolice().has_value());
        QCOMPARE(*t.medianHoursToPolice(), 4.5);
        QCOMPARE(*g1->medianHoursToPolice(), 4.5);
        QVERIFY(!g2->medianHoursToPolice().has_value());

        // Measures in force on 31 Oct: A's allowance and medical assistance (ended only in
        // November), C's education aid, E's allowance.
        QCOMPARE(t.measuresInForce, 4);
        QCOMPARE(t.measuresByKind.value(QStringLiteral("orphan_allowance")), 1);
        QCOMPARE(t.measuresByKind.value(QStringLiteral("medical_assistance")), 1);
        QCOMPARE(t.measuresByKind.value(QStringLiteral("education_aid")), 1);
        QCOMPARE(t.measuresByKind.value(QStringLiteral("unsupported_allowance")), 1);
        QCOMPARE(t.measuresByKind.value(QStringLiteral("dibao")), 0);
        QCOMPARE(t.measureAmountFen, qint64(332345));
        QCOMPARE(g1->measureAmountFen, qint64(170000));
        QCOMPARE(g2->measureAmountFen, qint64(12345));
        QCOMPARE(none->measureAmountFen, qint64(150000));
        QCOMPARE(DocumentFormat::money(t.measureAmountFen), str("¥3,323.45"));

        const QVector<ReconciliationProblem> problems = reconcile(r);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void layoutShowsTheSameFigures() {
        TempLedger temp;
        buildOctober(temp.ledger());
        const Result<MonthlyReport> r = MonthlyReport::compute(temp.ledger(), QDate(2026, 10, 1));
        QVERIFY(r.ok());
        const QVector<ReportRow> rows = MonthlyReportLayout::rows(*r);
        QCOMPARE(rows.size(), 4);  // three groups and the total
        QCOMPARE(rows.last().group, str("合计"));
        QCOMPARE(rows[2].group, str("未填组别"));
        const QVector<ReportTable> tables = MonthlyReportLayout::tables(*r);
        QCOMPARE(tables.size(), 4);
        QCOMPARE(tables[0].columns[0].cell(*rows.last().figures).value, 5);
        const ReportColumn& money = tables[3].columns.last();
        QCOMPARE(MonthlyReportLayout::cellText(money.cell(*rows.last().figures)), str("¥3,323.45"));
        QCOMPARE(MonthlyReportLayout::cellText(money.cell(*rows.last().figures), true),
                 QStringLiteral("3323.45"));
        QCOMPARE(MonthlyReportLayout::title(*r), str("测试台账困境儿童保障工作月报"));
        QCOMPARE(MonthlyReportLayout::period(*r), str("2026年10月"));
    }

    void theMonthInProgressStopsToday() {
        TempLedger temp;
        buildOctober(temp.ledger());
        const Result<MonthlyReport> r = MonthlyReport::compute(temp.ledger(), QDate(2026, 11, 1));
        QVERIFY(r.ok());
        QCOMPARE(r->asOf, QDate(2026, 11, 29));
        QVERIFY(r->inProgress());
        QCOMPARE(MonthlyReportLayout::period(*r), str("2026年11月（截至2026年11月29日）"));
        // E left on 10 Nov; F came on 5 Nov.
        QCOMPARE(r->total.closedFiles, 1);
        QCOMPARE(r->total.newFiles, 1);
        QVERIFY(reconcile(*r).isEmpty());
        const Result<MonthlyReport> future =
            MonthlyReport::compute(temp.ledger(), QDate(2026, 12, 1));
        QVERIFY(!future.ok());
        QVERIFY(!future.message().isEmpty());
    }

    void aTownReportListsVillages() {
        TempLedger temp(QStringLiteral("town"));
        QVERIFY(temp.ok());
        buildOctober(temp.ledger());
        // Rows merged from another village keep that village's owner id.
        const QString other = QStringLiteral("9f0c0000-0000-4000-8000-000000000001");
        SqlQuery move(temp->database(), QStringLiteral("UPDATE child SET owner = :owner "
                                                       "WHERE village_group = :group"));
        move.bind(QStringLiteral(":owner"), other).bind(QStringLiteral(":group"), str("2组"));
        QVERIFY(move.exec());
        // The town registered that village's key under the name 东村.
        TrustedKey village;
        village.ledgerId = other;
        village.kind = QStringLiteral("village");
        village.name = str("东村");
        village.areaCode = QStringLiteral("500110001001");
        village.role = QStringLiteral("source");
        village.keyId = QByteArray(8, '\x01');
        village.signingKey = QByteArray(32, '\x02');
        village.fingerprint = QStringLiteral("TEST-FINGERPRINT");
        village.registeredAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), QTimeZone::utc());
        QVERIFY(ExchangeStore(temp->database())
                    .addTrustedKey(village,
                                   {temp->identity().id, QStringLiteral("tester"), &temp.clock()})
                    .ok());
        const Result<MonthlyReport> r = MonthlyReport::compute(temp.ledger(), QDate(2026, 10, 1));
        QVERIFY(r.ok());
        QVERIFY(r->byVillage());
        QCOMPARE(r->units.size(), 2);
        QCOMPARE(r->units[0].name, str("测试台账"));  // the ledger's own rows first
        QCOMPARE(r->units[1].name, str("东村"));
        QCOMPARE(r->units[1].subtotal.onFile, 2);
        QCOMPARE(r->units[0].subtotal.onFile, 3);
        QCOMPARE(r->total.onFile, 5);
        QCOMPARE(MonthlyReportLayout::rowHeaders(*r).size(), 2);
        QCOMPARE(MonthlyReportLayout::rows(*r).size(), 2 + 1 + 1 + 1 + 1);
        QVERIFY2(reconcile(*r).isEmpty(), qPrintable(describe(reconcile(*r))));
    }

    // measuresInForce reads the measures first and looks their children up (CROSS JOIN): its rows
    // must be those of the join it replaced and those worked out child by child, on a town ledger
    // with another village's rows, tombstones, closed files and the month's edges.
    void measuresInForceAgreeChildByChild() {
        TempLedger temp(QStringLiteral("town"));
        QVERIFY(temp.ok());
        Ledger& ledger = temp.ledger();
        buildOctober(ledger);
        Fixture f(ledger);
        const QDate day(2026, 10, 31);
        const QString k = f.child("癸", "2组", {}, "low", QDate(2026, 1, 1));
        f.measure(k, "dibao", "in_place", day, {}, 100);                          // starts that day
        f.measure(k, "dibao", "ended", QDate(2026, 1, 1), day, 200);              // ends that day
        f.measure(k, "dibao", "ended", QDate(2026, 1, 1), day.addDays(-1), 400);  // ended before
        f.measure(k, "dibao", "in_place", day.addDays(1), {}, 800);               // not yet
        f.measure(k, "education_aid", "in_place", {}, {}, 1600);  // no start date: in force
        ledger.measures().remove(f.measure(k, "dibao", "in_place", {}, {}, 3200));  // tombstone
        const QString opensLast = f.child("子", "3组", {}, "high", day);
        f.measure(opensLast, "dibao", "in_place", QDate(2026, 10, 1), {}, 6400);
        const QString opensAfter = f.child("丑", "3组", {}, "high", day.addDays(1));
        f.measure(opensAfter, "dibao", "in_place", QDate(2026, 10, 1), {}, 12800);
        const QString closesLast =
            f.child("寅", "3组", {}, "high", QDate(2026, 1, 1), "adult", day);
        f.measure(closesLast, "dibao", "in_place", QDate(2026, 1, 1), {}, 25600);
        const QString removed = f.child("卯", "3组", {}, "high", QDate(2026, 1, 1));
        f.measure(removed, "dibao", "in_place", QDate(2026, 1, 1), {}, 51200);
        ledger.children().remove(removed);
        const QString other = QStringLiteral("9f0c0000-0000-4000-8000-000000000001");
        SqlQuery move(ledger.database(), QStringLiteral("UPDATE child SET owner = :owner "
                                                        "WHERE village_group = :group"));
        move.bind(QStringLiteral(":owner"), other).bind(QStringLiteral(":group"), str("2组"));
        QVERIFY(move.exec());

        ReportQueries queries(ledger.database());
        QMap<QString, QPair<qint64, qint64>> rows;
        for (const ReportCountRow& row : queries.measuresInForce(day)) {
            const QString key = row.key.owner + QLatin1Char('|') + row.key.villageGroup +
                                QLatin1Char('|') + row.code;
            QVERIFY2(!rows.contains(key), qPrintable(key));
            rows[key] = {row.count, row.amountFen};
        }
        QVERIFY(queries.ok());
        QCOMPARE(rows, measuresByChild(ledger, day));
        // 东村's 2组: C's education aid, and K's three; this ledger's 3组: only 子's.
        const QString own = ledger.identity().id;
        QCOMPARE(rows.value(other + str("|2组|dibao")), qMakePair(qint64(2), qint64(300)));
        QCOMPARE(rows.value(other + str("|2组|education_aid")),
                 qMakePair(qint64(2), qint64(12345 + 1600)));
        QCOMPARE(rows.value(own + str("|3组|dibao")), qMakePair(qint64(1), qint64(6400)));
        QCOMPARE(rows.size(), 6);  // and A's two, E's one

        // The join it replaced, child first, gives the same rows.
        SqlQuery before(
            ledger.database(),
            QStringLiteral(
                "SELECT c.owner, c.village_group, m.kind, count(*), "
                "COALESCE(sum(m.amount_fen), 0) FROM measure m JOIN child c ON c.id = m.child_id "
                "WHERE c.deleted = 0 AND COALESCE(c.opened_on, '') <= :day "
                "AND (c.file_status = 'active' OR c.exit_date > :day) AND m.deleted = 0 "
                "AND COALESCE(m.start_date, '') <= :day AND ((m.status = 'in_place' AND "
                "(m.end_date IS NULL OR m.end_date >= :day)) OR (m.status = 'ended' "
                "AND m.end_date >= :day)) GROUP BY 1, 2, 3"));
        before.bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
        QVERIFY(before.exec());
        QMap<QString, QPair<qint64, qint64>> old;
        while (before.next())
            old[before.value(0).toString() + QLatin1Char('|') + before.value(1).toString() +
                QLatin1Char('|') + before.value(2).toString()] = {before.value(3).toLongLong(),
                                                                  before.value(4).toLongLong()};
        QCOMPARE(rows, old);
    }

    void reconciliationCatchesWhatDoesNotAddUp() {
        TempLedger temp;
        buildOctober(temp.ledger());
        Result<MonthlyReport> r = MonthlyReport::compute(temp.ledger(), QDate(2026, 10, 1));
        QVERIFY(r.ok());
        r->units[0].groups[0].figures.onFileByRisk[QStringLiteral("high")] += 1;
        r->total.measureAmountFen += 1;
        const QVector<ReconciliationProblem> problems = reconcile(*r);
        QVERIFY(problems.size() >= 3);  // the group's row, its subtotal, the direct amount
    }

    void reconcilesOnRandomDemoLedgers_data() {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 7") << quint64(7);
        QTest::newRow("seed 42") << quint64(42);
    }

    void reconcilesOnRandomDemoLedgers() {
        QFETCH(quint64, seed);
        TempLedger temp;
        QVERIFY(temp.ok());
        const Result<DemoSummary> filled = DemoGenerator::fill(temp.ledger(), {400, seed});
        QVERIFY2(filled.ok(), qPrintable(filled.message()));
        qint64 visitsSeen = 0;
        for (int back = 0; back < 13; ++back) {
            const QDate month = QDate(2026, 11, 1).addMonths(-back);
            const Result<MonthlyReport> r = MonthlyReport::compute(temp.ledger(), month);
            QVERIFY2(r.ok(), qPrintable(r.message()));
            const QVector<ReconciliationProblem> problems = reconcile(*r);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(month.toString() + QLatin1Char('\n') + describe(problems)));
            visitsSeen += r->total.visits;
            if (back == 0 || back == 1 || back == 4 || back == 9)
                QCOMPARE(r->total.overdue, overdueByVisitSchedule(temp.ledger(), r->asOf));
        }
        QVERIFY(visitsSeen > 0);  // the demo's year of visits shows up
    }

    void monthsParse() {
        QCOMPARE(MonthlyReport::parseMonth(QStringLiteral("2026-11")), QDate(2026, 11, 1));
        QVERIFY(!MonthlyReport::parseMonth(QStringLiteral("2026-13")));
        QVERIFY(!MonthlyReport::parseMonth(QStringLiteral("2026-1")));
        QVERIFY(!MonthlyReport::parseMonth(QStringLiteral("11/2026")));
    }

    void documentFormats() {
        QCOMPARE(DocumentFormat::money(125000), str("¥1,250.00"));
        QCOMPARE(DocumentFormat::money(5), str("¥0.05"));
        QCOMPARE(DocumentFormat::money(123456789012), str("¥1,234,567,890.12"));
        QCOMPARE(DocumentFormat::plainMoney(125000), QStringLiteral("1250.00"));
        QCOMPARE(DocumentFormat::tableDate(QDate(2026, 11, 29)), QStringLiteral("2026-11-29"));
        QCOMPARE(DocumentFormat::paperDate(QDate(2026, 11, 29)), str("2026年11月29日"));
        QCOMPARE(DocumentFormat::paperDate(QDate(2026, 1, 5)), str("2026年1月5日"));
    }

    void villageGroupsSortByNumber() {
        QStringList groups{str("十组"),   str("二组"), QString(),     str("1组"),
                           str("第三社"), str("新村"), str("１１组"), str("九组")};
        std::sort(groups.begin(), groups.end(), VillageGroupOrder::less);
        QCOMPARE(groups, (QStringList{str("1组"), str("二组"), str("第三社"), str("九组"),
                                      str("十组"), str("１１组"), str("新村"), QString()}));
        QCOMPARE(VillageGroupOrder::number(str("二十三组")), 23);
    }

    void fileNamesCarryUnitAndPeriod() {
        QCOMPARE(ReportFileNames::monthlyReport(str("桥河社区"), QDate(2026, 11, 1),
                                                QStringLiteral("xlsx")),
                 str("桥河社区_困境儿童月报_2026年11月.xlsx"));
        QCOMPARE(ReportFileNames::safe(str("a/b:c")), QStringLiteral("a_b_c"));
    }
};

QTEST_GUILESS_MAIN(TestMonthlyReport)
#include "tst_monthlyreport.moc"
