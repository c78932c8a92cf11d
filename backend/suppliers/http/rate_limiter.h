#pragma once
// A rate limiter for one supplier: a token bucket (so many requests a second, with a burst) that
// delays requests over the limit instead of failing them, on the event loop's timers, never by
// blocking. The server has the last word: when it says the window is used up or asks to wait
// (RateLimit-Remaining 0 with its reset, Retry-After on a 429), every request holds off until then.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace tripdesk {

class RateLimiter : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        // Sustained requests a second; 0 lets every request through at once.
        double requestsPerSecond = 0;
        // Requests that may go at once after a quiet spell (at least 1).
        int burst = 1;
    };
    using Ticket = quint64;

    explicit RateLimiter(Settings settings, QObject *parent = nullptr);

    // Queues a request: `go` runs from the event loop once it may be sent, never inside this
    // call. Requests go in the order they were queued.
    Ticket acquire(std::function<void()> go);
    // Drops a queued request; nothing happens for one already let go.
    void cancel(Ticket ticket);

    // Every request waits at least `wait` from now (the server asked for it).
    void holdFor(std::chrono::milliseconds wait);

    int queued() const { return int(m_waiting.size()); }

private:
    struct Waiter {
        Ticket ticket;
        std::function<void()> go;
    };

    void refill();
    void pump();

    Settings m_settings;
    QElapsedTimer m_clock;
    double m_tokens = 0;
    qint64 m_refilledAtMs = 0;
    qint64 m_holdUntilMs = 0;
    Ticket m_nextTicket = 1;
    std::deque<Waiter> m_waiting;
    QTimer m_timer;
};

} // namespace tripdesk
