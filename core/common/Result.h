#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tongbao {

// The outcome of an operation a user can make fail (a bad ID number, a foreign file, a wrong
// password): either success or a translated message meant for the person at the keyboard.
// Errors are values, never exceptions or asserts, so every front end can show them where the
// user is looking.
class Status {
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& message() const { return m_message; }

private:
    Status() = default;
    explicit Status(QString message)
        : m_failed(true)
        , m_message(std::move(message)) {}

    bool m_failed = false;
    QString m_message;
};

// A value, or the reason there is none.
template <typename T>
class Result {
public:
    Result(T value)  // NOLINT(google-explicit-constructor): a value converts to success
        : m_value(std::move(value)) {}
    Result(Status failure)  // NOLINT(google-explicit-constructor): a failure converts too
        : m_message(failure.message()) {}

    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& message() const { return m_message; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_message); }

    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    QString m_message;
};

}  // namespace tongbao
