#pragma once
// Result<T>: a value or an Error, in the manner of std::expected (which C++20 lacks).
// Errors are values: no exceptions cross a module boundary.

#include "backend/core/error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace tripdesk {

template<typename T = void> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_v(std::in_place_index<0>, value)
    {}
    Result(T &&value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(const Error &error)
        : m_v(std::in_place_index<1>, error)
    {}
    Result(Error &&error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    T &value() &
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    T &&value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_v));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    template<typename U> T valueOr(U &&fallback) const &
    {
        return ok() ? std::get<0>(m_v) : static_cast<T>(std::forward<U>(fallback));
    }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_ok(false)
    {}
    Result(Error &&error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace tripdesk
