#include "backend/suppliers/http/rate_limiter.h"

#include "backend/suppliers/http/http_log.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace tripdesk {

RateLimiter::RateLimiter(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_settings.burst = std::max(1, m_settings.burst);
    m_settings.requestsPerSecond = std::max(0.0, m_settings.requestsPerSecond);
    m_tokens = m_settings.burst;
    m_clock.start();
    m_timer.setSingleShot(true);
    // Precise: a coarse timer may fire 5 % early, which would let a request in before its token.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::pump);
}

RateLimiter::Ticket RateLimiter::acquire(std::function<void()> go)
{
    const Ticket ticket = m_nextTicket++;
    m_waiting.push_back({ticket, std::move(go)});
    if (!m_timer.isActive())
        m_timer.start(0);
    return ticket;
}

void RateLimiter::cancel(Ticket ticket)
{
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it != m_waiting.end())
        m_waiting.erase(it);
}

void RateLimiter::holdFor(std::chrono::milliseconds wait)
{
    const qint64 until = m_clock.elapsed() + std::max<qint64>(0, wait.count());
    if (until <= m_holdUntilMs)
        return;
    m_holdUntilMs = until;
    qCDebug(lcHttp) << "rate limiter holds requests for" << wait.count() << "ms";
    // The window starts afresh at the reset; no burst of saved-up tokens rushes in after it.
    m_tokens = std::min(m_tokens, 1.0);
    if (!m_waiting.empty()) {
        m_timer.stop();
        m_timer.start(std::chrono::milliseconds(until - m_clock.elapsed()));
    }
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.elapsed();
    if (m_settings.requestsPerSecond > 0) {
        const double earned = double(now - m_refilledAtMs) * m_settings.requestsPerSecond / 1000.0;
        m_tokens = std::min(double(m_settings.burst), m_tokens + earned);
    }
    m_refilledAtMs = now;
}

void RateLimiter::pump()
{
    while (!m_waiting.empty()) {
        const qint64 now = m_clock.elapsed();
        if (now < m_holdUntilMs) {
            m_timer.start(std::chrono::milliseconds(m_holdUntilMs - now));
            return;
        }
        if (m_settings.requestsPerSecond > 0) {
            refill();
            if (m_tokens < 1.0) {
                const double missingMs = (1.0 - m_tokens) * 1000.0 / m_settings.requestsPerSecond;
                m_timer.start(std::chrono::milliseconds(qint64(std::ceil(missingMs))));
                return;
            }
            m_tokens -= 1.0;
        }
        Waiter waiter = std::move(m_waiting.front());
        m_waiting.pop_front();
        // `go` may queue or cancel requests, or delete this limiter with its owner: the loop
        // re-reads the queue afterwards, and stops if the limiter is gone.
        const QPointer<RateLimiter> alive(this);
        waiter.go();
        if (!alive)
            return;
    }
}

} // namespace tripdesk
