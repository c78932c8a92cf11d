#pragma once
// A hybrid logical clock: stamps that order changes across machines even when wall clocks
// disagree. A stamp is "<utc ms, 13 digits>-<counter, 4 hex>-<node>" and sorts as text. When
// more than 65,535 stamps fall in one millisecond the counter carries into the millisecond, so
// the clock runs a little ahead of the wall rather than issuing stamps that sort out of order.

#include "backend/core/clock.h"

#include <QString>

namespace tripdesk {

class HybridLogicalClock
{
public:
    // `newestStored` is the newest stamp already in the store (empty for a new one): a wall
    // clock stepped back between runs must not issue stamps older than those stored.
    HybridLogicalClock(const Clock &clock, QString nodeId, const QString &newestStored = {});

    // A new stamp for a local change: later than every stamp issued or observed so far.
    QString now();
    // Merges a stamp received from elsewhere (the server) so later local stamps follow it.
    void observe(const QString &remoteStamp);

    static constexpr int kMaxCounter = 0xFFFF;

    const QString &nodeId() const { return m_node; }

private:
    const Clock &m_clock;
    QString m_node;
    qint64 m_lastMs = 0;
    int m_counter = 0;
};

} // namespace tripdesk
