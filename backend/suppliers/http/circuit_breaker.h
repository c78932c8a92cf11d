#pragma once
// A circuit breaker for one supplier: after a run of failures (transport errors, timeouts, 5xx —
// not 4xx, which are the caller's fault) it opens, and calls are refused at once with a clear
// Unavailable error instead of each waiting out a dead server. After a cool-down it lets one
// trial call through (half-open); the trial's success closes it, its failure opens it again.
// The adapter owns it; the UI and the aggregator read state() and listen to changed().

#include "backend/core/clock.h"
#include "backend/core/error.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace tripdesk {

class CircuitBreaker : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Open, HalfOpen };
    Q_ENUM(State)

    struct Settings {
        // Consecutive failures that open the breaker.
        int failureThreshold = 5;
        // How long it stays open before a trial call.
        std::chrono::milliseconds coolDown{30000};
    };

    // Leave to send one request; the trial permit is the one call a half-open breaker allows.
    struct Permit {
        bool trial = false;
    };
    enum class Outcome {
        Success,   // the server answered (any status below 500)
        Failure,   // a transport error, a timeout or a 5xx
        Abandoned, // the call was cancelled before it told anything
    };

    // `clock` must outlive the breaker; the cool-down is measured on it, so tests can step it.
    CircuitBreaker(QString supplierName, Settings settings, const Clock *clock,
                   QObject *parent = nullptr);

    const QString &supplierName() const { return m_supplierName; }
    State state() const;
    int consecutiveFailures() const { return m_failures; }
    // When an open breaker lets a trial through; invalid unless open.
    QDateTime retryAt() const;

    // A permit, or nothing when the breaker refuses the call (see rejection()).
    std::optional<Permit> admit();
    // Whether admit() would give a permit now, without taking it.
    bool wouldAdmit() const;
    // The error a refused call fails with: it names the supplier and when it is tried again.
    Error rejection() const;
    // What the call that held `permit` came to.
    void report(Permit permit, Outcome outcome);

Q_SIGNALS:
    void changed();

private:
    void setState(State state);
    void open();
    void refresh();

    QString m_supplierName;
    Settings m_settings;
    const Clock *m_clock;
    State m_state = State::Closed;
    int m_failures = 0;
    bool m_trialInFlight = false;
    QDateTime m_retryAt;
    QTimer m_coolDownTimer;
};

} // namespace tripdesk
