// tongbao-cli due FILE [--on YYYY-MM-DD] [--format tsv|json]: the workbench's lists (overdue
// visits, visits due this week, children never seen, 16th and 18th birthdays, measures ending,
// open safety reports) for scripts and checks by hand. No ID numbers are printed.
#include "Command.h"

#include "common/Clock.h"
#include "schedule/DueList.h"
#include "storage/Ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace tongbao;

namespace tongbao::cli {

namespace {

const char* const kSummary = QT_TRANSLATE_NOOP(
    "Cli",
    "List what is due in a ledger: overdue visits, visits due this week, children never seen, "
    "16th and 18th birthdays, measures ending, open safety reports (TSV or JSON).");

const QStringList kColumns{
    QStringLiteral("list"),          QStringLiteral("child_id"),   QStringLiteral("name"),
    QStringLiteral("village_group"), QStringLiteral("risk_level"), QStringLiteral("date"),
    QStringLiteral("days"),          QStringLiteral("hours"),      QStringLiteral("detail"),
};

// Installs a clock for the verb and restores the real one when the verb ends.
class ClockOverride {
public:
    explicit ClockOverride(const Clock* clock) { Clock::setCurrent(clock); }
    ~ClockOverride() { Clock::setCurrent(nullptr); }
    ClockOverride(const ClockOverride&) = delete;
    ClockOverride& operator=(const ClockOverride&) = delete;
};

// A typed name must not break a TSV line into more fields or lines.
QString asField(const QString& text) {
    const auto breaksLine = [](QChar c) {
        return c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };
    if (std::none_of(text.cbegin(), text.cend(), breaksLine))
        return text;
    QString field = text;
    std::replace_if(field.begin(), field.end(), breaksLine, QLatin1Char(' '));
    return field;
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue jsonDate(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Local time with its offset ("2026-11-29T09:40:00+08:00"), so a script need not guess the zone.
QJsonValue jsonTime(const QDateTime& time) {
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// One line: list, child_id, name, village_group, risk_level, date, days, hours, detail.
void writeTsvRow(std::initializer_list<QString> fields) {
    bool first = true;
    for (const QString& field : fields) {
        if (!first)
            out() << '\t';
        out() << asField(field);
        first = false;
    }
    out() << '\n';
}

void writeTsv(const DueLists& lists) {
    out() << kColumns.join(QLatin1Char('\t')) << '\n';
    for (const DueChild& c : lists.overdue)
        writeTsvRow({QStringLiteral("overdue"), c.childId, c.name, c.villageGroup, c.riskLevel,
                     dateText(c.due.date), QString::number(c.days), QString(),
                     VisitSchedule::basisCode(c.due.basis)});
    for (const DueChild& c : lists.dueThisWeek)
        writeTsvRow({QStringLiteral("due_this_week"), c.childId, c.name, c.villageGroup,
                     c.riskLevel, dateText(c.due.date), QString::number(c.days), QString(),
                     VisitSchedule::basisCode(c.due.basis)});
    for (const DueChild& c : lists.neverVisited)
        writeTsvRow({QStringLiteral("never_visited"), c.childId, c.name, c.villageGroup,
                     c.riskLevel, dateText(c.openedOn), QString::number(c.days), QString(),
                     QString()});
    for (const DueBirthday& b : lists.birthdays)
        writeTsvRow({QStringLiteral("birthdays"), b.childId, b.name, b.villageGroup, b.riskLevel,
                     dateText(b.birthday.date), QString::number(b.daysUntil), QString(),
                     QString::number(b.birthday.age)});
    for (const DueMeasureEnd& m : lists.measuresEnding)
        writeTsvRow({QStringLiteral("measures_ending"), m.childId, m.childName, m.villageGroup,
                     m.riskLevel, dateText(m.endDate), QString::number(m.daysLeft), QString(),
                     m.kind});
    for (const DueSafetyReport& r : lists.openSafetyReports)
        writeTsvRow({QStringLiteral("safety_reports"), r.childId, r.childName, r.villageGroup,
                     r.riskLevel,
                     r.discoveredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                     QString::number(r.ageSeconds / 86400), QString::number(r.ageSeconds / 3600),
                     r.urgent ? QStringLiteral("urgent") : QStringLiteral("police_reported")});

    out().flush();
}

QJsonObject childObject(const QString& childId,
                        const QString& name,
                        const QString& villageGroup,
                        const QString& riskLevel) {
    return {
        {QStringLiteral("child_id"), childId},
        {QStringLiteral("name"), name},
        {QStringLiteral("village_group"), villageGroup},
        {QStringLiteral("risk_level"), riskLevel},
    };
}

QJsonArray visitArray(const QVector<DueChild>& children, const QString& daysKey) {
    QJsonArray array;
    for (const DueChild& c : children) {
        QJsonObject object = childObject(c.childId, c.name, c.villageGroup, c.riskLevel);
        object.insert(QStringLiteral("due_date"), jsonDate(c.due.date));
        object.insert(QStringLiteral("basis"), VisitSchedule::basisCode(c.due.basis));
        object.insert(daysKey, c.days);
        object.insert(QStringLiteral("last_in_person"), jsonDate(c.lastInPerson));
        object.insert(QStringLiteral("opened_on"), jsonDate(c.openedOn));
        array.append(object);
    }
    return array;
}

void writeJson(const DueLists& lists) {
    QJsonArray neverVisited;
    for (const DueChild& c : lists.neverVisited) {
        QJsonObject object = childObject(c.childId, c.name, c.villageGroup, c.riskLevel);
        object.insert(QStringLiteral("opened_on"), jsonDate(c.openedOn));
        object.insert(QStringLiteral("days_since_opened"), c.days);
        object.insert(QStringLiteral("due_date"), jsonDate(c.due.date));
        neverVisited.append(object);
    }
    QJsonArray birthdays;
    for (const DueBirthday& b : lists.birthdays) {
        QJsonObject object = childObject(b.childId, b.name, b.villageGroup, b.riskLevel);
        object.insert(QStringLiteral("birth_date"), jsonDate(b.birthDate));
        object.insert(QStringLiteral("turns"), b.birthday.age);
        object.insert(QStringLiteral("date"), jsonDate(b.birthday.date));
        object.insert(QStringLiteral("days_until"), b.daysUntil);
        birthdays.append(object);
    }
    QJsonArray measures;
    for (const DueMeasureEnd& m : lists.measuresEnding) {
        QJsonObject object = childObject(m.childId, m.childName, m.villageGroup, m.riskLevel);
        object.insert(QStringLiteral("measure_id"), m.measureId);
        object.insert(QStringLiteral("kind"), m.kind);
        object.insert(QStringLiteral("department"), m.department);
        object.insert(QStringLiteral("status"), m.status);
        object.insert(QStringLiteral("end_date"), jsonDate(m.endDate));
        object.insert(QStringLiteral("days_left"), m.daysLeft);
        measures.append(object);
    }
    QJsonArray reports;
    for (const DueSafetyReport& r : lists.openSafetyReports) {
        QJsonObject object = childObject(r.childId, r.childName, r.villageGroup, r.riskLevel);
        object.insert(QStringLiteral("report_id"), r.reportId);
        object.insert(QStringLiteral("discovered_at"), jsonTime(r.discoveredAt));
        object.insert(QStringLiteral("discovered_by"), r.discoveredBy);
        object.insert(QStringLiteral("situations"), QJsonArray::fromStringList(r.situations));
        object.insert(QStringLiteral("age_hours"), r.ageSeconds / 3600);
        object.insert(QStringLiteral("urgent"), r.urgent);
        object.insert(QStringLiteral("police_notified_at"), jsonTime(r.policeNotifiedAt));
        object.insert(QStringLiteral("seconds_to_police_report"),
                      r.secondsToPoliceReport < 0 ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(r.secondsToPoliceReport));
        object.insert(QStringLiteral("steps"), r.stepCount);
        reports.append(object);
    }
    const ScheduleSettings& s = lists.settings;
    const QJsonObject document{
        {QStringLiteral("on"), jsonDate(lists.today)},
        {QStringLiteral("now"), jsonTime(lists.now)},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("high_days"), s.highDays},
                     {QStringLiteral("medium_days"), s.mediumDays},
                     {QStringLiteral("low_days"), s.lowDays},
                     {QStringLiteral("birthday_window_days"), s.birthdayWindowDays},
                     {QStringLiteral("measure_window_days"), s.measureWindowDays}}},
        {QStringLiteral("overdue"), visitArray(lists.overdue, QStringLiteral("days_overdue"))},
        {QStringLiteral("due_this_week"),
         visitArray(lists.dueThisWeek, QStringLiteral("days_until_due"))},
        {QStringLiteral("never_visited"), neverVisited},
        {QStringLiteral("birthdays"), birthdays},
        {QStringLiteral("measures_ending"), measures},
        {QStringLiteral("safety_reports"), reports},
    };
    out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    out().flush();
}

int runDue(const QStringList& arguments) {
    const QString verb = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption on(
        QStringLiteral("on"),
        QCoreApplication::translate(
            "Cli", "Compute the lists as at the end of this day (YYYY-MM-DD) instead of now."),
        QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Cli", "tsv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("tsv"));
    parser.addOptions({on, format});
    if (const auto exitCode =
            parseArguments(parser, arguments, kSummary, QCoreApplication::translate("Cli", "FILE")))
        return *exitCode;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(verb, QCoreApplication::translate("Cli", "give exactly one ledger FILE"),
                    ExitUsage);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("tsv") && formatName != QLatin1String("json"))
        return fail(verb, QCoreApplication::translate("Cli", "--format must be tsv or json"),
                    ExitUsage);

    // --on D: the state of things at the end of day D (23:59:59 local time), so that everything
    // recorded during that day counts.
    std::optional<FixedClock> fixedClock;
    if (parser.isSet(on)) {
        const QDate day = QDate::fromString(parser.value(on).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return fail(
                verb,
                QCoreApplication::translate(
                    "Cli", "--on must be a calendar date written YYYY-MM-DD, e.g. 2026-11-29"),
                ExitUsage);
        fixedClock.emplace(QDateTime(day, QTime(23, 59, 59)));
    }
    const ClockOverride clockOverride(fixedClock ? &*fixedClock : nullptr);

    auto opened = Ledger::open(files.first(), actorName());
    if (!opened)
        return fail(verb, opened.message());
    const Result<DueLists> lists = DueList(**opened).compute();
    if (!lists)
        return fail(verb, lists.message());
    if (formatName == QLatin1String("json"))
        writeJson(*lists);
    else
        writeTsv(*lists);
    return ExitOk;
}

const CommandRegistrar registrar("due", kSummary, runDue);

}  // namespace

}  // namespace tongbao::cli
