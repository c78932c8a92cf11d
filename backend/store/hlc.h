#pragma once
// A hybrid logical clock: stamps that order changes across machines even when wall clocks
// disagree. A stamp is "<utc ms, 13 digits>-<counter, 4 hex>-<node>" and sorts as text.

#include "backend/core/clock.h"

#include <QString>

namespace tripdesk {

class HybridLogicalClock
{
public:
    HybridLogicalClock(const Clock &clock, QString nodeId);

    // A new stamp for a local change: later than every stamp issued or observed so far.
    QString now();
    // Merges a stamp received from elsewhere (the server) so later local stamps follow it.
    void observe(const QString &remoteStamp);

    const QString &nodeId() const { return m_node; }

private:
    const Clock &m_clock;
    QString m_node;
    qint64 m_lastMs = 0;
    int m_counter = 0;
};

} // namespace tripdesk
