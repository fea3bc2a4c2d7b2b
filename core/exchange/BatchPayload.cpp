#include "exchange/BatchPayload.h"

#include <cmath>

namespace tongbao::batchpayload {

std::optional<QJsonValue> toJson(const QVariant& value) {
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::ULongLong:
        case QMetaType::UInt:
            return QJsonValue(value.toLongLong());
        case QMetaType::QString:
            return QJsonValue(value.toString());
        default:
            return std::nullopt;
    }
}

std::optional<QVariant> fromJson(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return QVariant();
        case QJsonValue::String:
            return QVariant(value.toString());
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 9.0e15)
                return std::nullopt;
            return QVariant(value.toInteger());
        }
        default:
            return std::nullopt;
    }
}

}  // namespace tongbao::batchpayload
