#include "schedule/ScheduleSettings.h"

#include "storage/Database.h"
#include "storage/Ledger.h"

namespace tongbao {

const QString ScheduleSettings::HighDaysKey = QStringLiteral("schedule.days.high");
const QString ScheduleSettings::MediumDaysKey = QStringLiteral("schedule.days.medium");
const QString ScheduleSettings::LowDaysKey = QStringLiteral("schedule.days.low");
const QString ScheduleSettings::BirthdayWindowDaysKey = QStringLiteral("schedule.window.birthdays");
const QString ScheduleSettings::MeasureWindowDaysKey = QStringLiteral("schedule.window.measures");

namespace {

bool inRange(int days) {
    return days >= 1 && days <= ScheduleSettings::MaximumDays;
}

int readDays(const Ledger& ledger, const QString& key, int fallback) {
    bool ok = false;
    const int days = ledger.setting(key).trimmed().toInt(&ok);
    return ok && inRange(days) ? days : fallback;
}

}  // namespace

int ScheduleSettings::intervalDays(const QString& riskLevel) const {
    if (riskLevel == QLatin1String("high"))
        return highDays;
    if (riskLevel == QLatin1String("low"))
        return lowDays;
    return mediumDays;
}

Status ScheduleSettings::validate() const {
    const struct {
        int days;
        QString what;
    } values[] = {
        {highDays, tr("Visits for high-risk children")},
        {mediumDays, tr("Visits for medium-risk children")},
        {lowDays, tr("Visits for low-risk children")},
        {birthdayWindowDays, tr("The look-ahead for 16th and 18th birthdays")},
        {measureWindowDays, tr("The look-ahead for measures that end")},
    };
    for (const auto& value : values) {
        if (!inRange(value.days))
            return Status::failure(
                tr("%1 must be a number of days from 1 to %2.").arg(value.what).arg(MaximumDays));
    }
    return Status::success();
}

ScheduleSettings ScheduleSettings::load(const Ledger& ledger) {
    ScheduleSettings settings;
    settings.highDays = readDays(ledger, HighDaysKey, DefaultHighDays);
    settings.mediumDays = readDays(ledger, MediumDaysKey, DefaultMediumDays);
    settings.lowDays = readDays(ledger, LowDaysKey, DefaultLowDays);
    settings.birthdayWindowDays =
        readDays(ledger, BirthdayWindowDaysKey, DefaultBirthdayWindowDays);
    settings.measureWindowDays = readDays(ledger, MeasureWindowDaysKey, DefaultMeasureWindowDays);
    return settings;
}

Status ScheduleSettings::save(Ledger& ledger) const {
    const Status valid = validate();
    if (!valid)
        return valid;
    Transaction transaction(ledger.database());
    const std::pair<const QString*, int> values[] = {
        {&HighDaysKey, highDays},
        {&MediumDaysKey, mediumDays},
        {&LowDaysKey, lowDays},
        {&BirthdayWindowDaysKey, birthdayWindowDays},
        {&MeasureWindowDaysKey, measureWindowDays},
    };
    for (const auto& [key, days] : values) {
        const Status saved = ledger.setSetting(*key, QString::number(days));
        if (!saved)
            return saved;
    }
    if (!transaction.commit())
        return Status::failure(tr("The visit schedule could not be saved. Nothing was changed."));
    return Status::success();
}

bool ScheduleSettings::operator==(const ScheduleSettings& other) const {
    return highDays == other.highDays && mediumDays == other.mediumDays &&
           lowDays == other.lowDays && birthdayWindowDays == other.birthdayWindowDays &&
           measureWindowDays == other.measureWindowDays;
}

}  // namespace tongbao
