#pragma once
// The clock seam: product code asks an injected Clock for "now", so tests can fix time.

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tripdesk {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; for tests and deterministic tools.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace tripdesk
