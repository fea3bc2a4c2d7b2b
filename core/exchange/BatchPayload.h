#pragma once

#include <QJsonValue>
#include <QVariant>

#include <optional>

namespace tongbao::batchpayload {

// Column values travel as JSON: NULL as null, integers as numbers, text as strings. Nothing
// else is stored in a synchronised table; anything else is refused rather than guessed at.
std::optional<QJsonValue> toJson(const QVariant& value);
std::optional<QVariant> fromJson(const QJsonValue& value);

}  // namespace tongbao::batchpayload
