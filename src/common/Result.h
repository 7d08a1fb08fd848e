#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace evalreview {

/// Why an operation produced nothing: a reason the program can act on and one plain sentence a
/// person can (made with tr() where the failure is found, so it reads in the user's language).
template <typename Reason> struct Failure
{
    Reason reason;
    QString message;
};
/// Failure{reason, message} names its Reason from the first value (for compilers without class
/// template argument deduction of aggregates, such as the fuzzing build's clang).
template <typename Reason, typename Message> Failure(Reason, Message) -> Failure<Reason>;

/// The error convention at the boundaries between EvalReview's layers (reading, parsing,
/// extraction, the library, exports, the window): a call that can fail returns a Result, either
/// its value or a Failure. Inside a layer code may throw (the store's StoreError); the layer's edge
/// turns that into a Result (see StoreGuard.h), so no exception and no "empty string means
/// success" crosses it.
///
///     Result<DocumentContent, ReadError> read = readDocument(path);
///     if (!read)
///         return Failure{ParseError::BadInput, read.errorString()};
///     use(read.value());
template <typename T, typename Reason> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Failure<Reason> failure) : m_state(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// The value; only when ok().
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// Why it failed; only when !ok().
    Reason reason() const { return std::get<1>(m_state).reason; }
    /// The sentence for the user; empty when ok().
    QString errorString() const { return ok() ? QString() : std::get<1>(m_state).message; }
    Failure<Reason> failure() const { return std::get<1>(m_state); }

private:
    std::variant<T, Failure<Reason>> m_state;
};

/// A Result without a value: success, or a Failure.
template <typename Reason> class [[nodiscard]] Result<void, Reason>
{
public:
    Result() = default;
    Result(Failure<Reason> failure) : m_failure(std::move(failure)) {}

    bool ok() const { return !m_failure.has_value(); }
    explicit operator bool() const { return ok(); }
    Reason reason() const { return m_failure->reason; }
    QString errorString() const { return m_failure ? m_failure->message : QString(); }
    Failure<Reason> failure() const { return *m_failure; }

private:
    std::optional<Failure<Reason>> m_failure;
};

} // namespace evalreview
