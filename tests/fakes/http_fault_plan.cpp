#include "tests/fakes/http_fault_plan.h"

#include <QJsonArray>

namespace tripdesk {

using namespace Qt::StringLiterals;

namespace {

const std::pair<QLatin1StringView, HttpFault::Kind> kKinds[] = {
    {"latency"_L1, HttpFault::Kind::Latency},
    {"status"_L1, HttpFault::Kind::Status},
    {"rate_limited"_L1, HttpFault::Kind::RateLimited},
    {"expired_token"_L1, HttpFault::Kind::ExpiredToken},
    {"malformed_json"_L1, HttpFault::Kind::MalformedJson},
    {"truncated"_L1, HttpFault::Kind::Truncated},
    {"hang"_L1, HttpFault::Kind::Hang},
    {"lose_answer"_L1, HttpFault::Kind::LoseAnswer},
};

} // namespace

bool HttpFault::carriesOut() const
{
    return kind == Kind::Latency || kind == Kind::MalformedJson || kind == Kind::Truncated ||
           kind == Kind::LoseAnswer;
}

std::optional<HttpFault> HttpFault::fromJson(const QJsonObject &o, QString *why)
{
    HttpFault fault;
    const QString name = o.value("fault"_L1).toString();
    bool known = false;
    for (const auto &[text, kind] : kKinds) {
        if (name == text) {
            fault.kind = kind;
            known = true;
        }
    }
    if (!known) {
        if (why)
            *why = u"unknown fault \"%1\"; one of latency, status, rate_limited, expired_token, "
                   u"malformed_json, truncated, hang, lose_answer"_s.arg(name);
        return std::nullopt;
    }
    fault.status = o.value("status"_L1).toInt(fault.kind == Kind::RateLimited ? 429 : 503);
    if (fault.kind == Kind::Status && (fault.status < 400 || fault.status > 599)) {
        if (why)
            *why = u"status must be 400–599"_s;
        return std::nullopt;
    }
    fault.delayMs = std::max(0, o.value("delay_ms"_L1).toInt());
    fault.retryAfterSeconds = o.value("retry_after"_L1).toInt(-1);
    fault.resetAfterSeconds = o.value("reset_after"_L1).toInt(-1);
    fault.count = o.value("count"_L1).toInt(o.contains("path"_L1) ? -1 : 1);
    fault.skip = std::max(0, o.value("skip"_L1).toInt());
    fault.path = o.value("path"_L1).toString();
    fault.method = o.value("method"_L1).toString().toUpper().toLatin1();
    return fault;
}

QJsonObject HttpFault::toJson() const
{
    QString name;
    for (const auto &[text, k] : kKinds) {
        if (k == kind)
            name = text;
    }
    return {{"fault"_L1, name},
            {"status"_L1, status},
            {"delay_ms"_L1, delayMs},
            {"retry_after"_L1, retryAfterSeconds},
            {"reset_after"_L1, resetAfterSeconds},
            {"count"_L1, count},
            {"skip"_L1, skip},
            {"path"_L1, path},
            {"method"_L1, QString::fromLatin1(method)}};
}

std::optional<HttpFault> HttpFaultPlan::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        HttpFault &f = m_faults[i];
        if (!f.path.isEmpty() && !path.startsWith(f.path))
            continue;
        if (!f.method.isEmpty() && f.method != method)
            continue;
        if (f.skip > 0) {
            --f.skip;
            continue;
        }
        HttpFault taken = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool HttpFaultPlan::apply(const QJsonObject &control, QString *why)
{
    if (control.value("clear"_L1).toBool()) {
        clear();
        if (!control.contains("fault"_L1) && !control.contains("faults"_L1))
            return true;
    }
    QList<HttpFault> added;
    const QJsonArray list =
        control.contains("faults"_L1) ? control.value("faults"_L1).toArray() : QJsonArray{control};
    for (const QJsonValue &v : list) {
        auto fault = HttpFault::fromJson(v.toObject(), why);
        if (!fault)
            return false;
        added.append(*fault);
    }
    m_faults.append(added);
    return true;
}

} // namespace tripdesk
