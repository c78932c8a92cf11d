#include "backend/suppliers/http/circuit_breaker.h"

#include "backend/suppliers/http/http_log.h"

#include <QCoreApplication>

#include <algorithm>

namespace tripdesk {

CircuitBreaker::CircuitBreaker(QString supplierName, Settings settings, const Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_supplierName(std::move(supplierName))
    , m_settings(settings)
    , m_clock(clock)
{
    m_settings.failureThreshold = std::max(1, m_settings.failureThreshold);
    m_coolDownTimer.setSingleShot(true);
    connect(&m_coolDownTimer, &QTimer::timeout, this, &CircuitBreaker::refresh);
}

CircuitBreaker::State CircuitBreaker::state() const
{
    if (m_state == State::Open && m_clock->nowUtc() >= m_retryAt)
        return State::HalfOpen;
    return m_state;
}

QDateTime CircuitBreaker::retryAt() const
{
    return state() == State::Open ? m_retryAt : QDateTime();
}

bool CircuitBreaker::wouldAdmit() const
{
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        return !m_trialInFlight;
    }
    return false;
}

std::optional<CircuitBreaker::Permit> CircuitBreaker::admit()
{
    refresh();
    if (!wouldAdmit())
        return std::nullopt;
    if (m_state == State::HalfOpen) {
        m_trialInFlight = true;
        return Permit{true};
    }
    return Permit{false};
}

Error CircuitBreaker::rejection() const
{
    // Whole seconds, rounded up, so the message never says "0 seconds"; a cool-down is minutes.
    const qint64 leftMs = std::clamp<qint64>(m_clock->nowUtc().msecsTo(m_retryAt), 1, 86400000);
    const int waitSecs = int((leftMs + 999) / 1000);
    if (state() == State::Open) {
        return Error::unavailable(
            QCoreApplication::translate("CircuitBreaker",
                                        "%1 failed several times in a row, so TripDesk is not "
                                        "asking it for now. It will be tried again in %n "
                                        "second(s).",
                                        nullptr, waitSecs)
                .arg(m_supplierName),
            QStringLiteral("circuit open after %1 consecutive failures; trial at %2")
                .arg(m_failures)
                .arg(m_retryAt.toString(Qt::ISODate)));
    }
    return Error::unavailable(
        QCoreApplication::translate("CircuitBreaker",
                                    "%1 failed several times in a row and TripDesk is checking "
                                    "whether it is back. Try again in a moment.")
            .arg(m_supplierName),
        QStringLiteral("circuit half-open; trial call in flight"));
}

void CircuitBreaker::report(Permit permit, Outcome outcome)
{
    refresh();
    if (permit.trial)
        m_trialInFlight = false;
    switch (outcome) {
    case Outcome::Abandoned:
        return;
    case Outcome::Success:
        // Only the trial speaks for a half-open breaker; a late answer to a call let through
        // before it opened says little about the server now.
        if (m_state == State::Closed || permit.trial) {
            m_failures = 0;
            setState(State::Closed);
        }
        return;
    case Outcome::Failure:
        if (permit.trial) {
            ++m_failures;
            open();
        } else if (m_state == State::Closed && ++m_failures >= m_settings.failureThreshold) {
            open();
        }
        return;
    }
}

void CircuitBreaker::open()
{
    m_retryAt = m_clock->nowUtc().addMSecs(m_settings.coolDown.count());
    m_coolDownTimer.start(m_settings.coolDown);
    qCInfo(lcHttp) << "circuit opened for" << m_supplierName << "after" << m_failures
                   << "consecutive failures; trial at" << m_retryAt.toString(Qt::ISODateWithMs);
    setState(State::Open);
}

void CircuitBreaker::refresh()
{
    if (m_state != State::Open)
        return;
    const qint64 left = m_clock->nowUtc().msecsTo(m_retryAt);
    if (left > 0) {
        // The clock may run behind the timer (a test's clock, a suspended machine): look again.
        if (!m_coolDownTimer.isActive())
            m_coolDownTimer.start(std::chrono::milliseconds(left));
        return;
    }
    m_coolDownTimer.stop();
    setState(State::HalfOpen);
}

void CircuitBreaker::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state == State::Closed)
        m_retryAt = {};
    Q_EMIT changed();
}

} // namespace tripdesk
