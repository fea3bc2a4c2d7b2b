#include "domain/SafetyReport.h"

namespace tongbao {

const SafetyNotification* SafetyReport::policeNotification() const {
    const SafetyNotification* earliest = nullptr;
    for (const SafetyNotification& notification : notifications) {
        if (notification.meta.deleted || notification.recipient != QLatin1String("police"))
            continue;
        if (!earliest || notification.notifiedAt < earliest->notifiedAt)
            earliest = &notification;
    }
    return earliest;
}

qint64 SafetyReport::secondsToPoliceReport() const {
    const SafetyNotification* police = policeNotification();
    if (!police || !discoveredAt.isValid() || !police->notifiedAt.isValid())
        return -1;
    return discoveredAt.secsTo(police->notifiedAt);
}

}  // namespace tongbao
