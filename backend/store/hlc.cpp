#include "backend/store/hlc.h"

#include <QStringList>

namespace tripdesk {

HybridLogicalClock::HybridLogicalClock(const Clock &clock, QString nodeId,
                                       const QString &newestStored)
    : m_clock(clock)
    , m_node(std::move(nodeId))
{
    if (!newestStored.isEmpty())
        observe(newestStored);
}

QString HybridLogicalClock::now()
{
    const qint64 wall = m_clock.nowUtc().toMSecsSinceEpoch();
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else if (m_counter < kMaxCounter) {
        ++m_counter;
    } else {
        ++m_lastMs;
        m_counter = 0;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(m_lastMs, 13, 10, QChar(u'0'))
        .arg(m_counter, 4, 16, QChar(u'0'))
        .arg(m_node);
}

void HybridLogicalClock::observe(const QString &remoteStamp)
{
    const QStringList parts = remoteStamp.split(u'-');
    if (parts.size() < 3)
        return;
    bool okMs = false;
    bool okCounter = false;
    const qint64 ms = parts[0].toLongLong(&okMs);
    const int counter = parts[1].toInt(&okCounter, 16);
    if (!okMs || !okCounter || ms < 0 || counter < 0 || counter > kMaxCounter)
        return;
    if (ms > m_lastMs || (ms == m_lastMs && counter > m_counter)) {
        m_lastMs = ms;
        m_counter = counter;
    }
}

} // namespace tripdesk
