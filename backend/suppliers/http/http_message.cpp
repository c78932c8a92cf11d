#include "backend/suppliers/http/http_message.h"

namespace tripdesk {

QByteArray httpHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::isIdempotent() const
{
    const QByteArray verb = method.toUpper();
    return verb == "GET" || verb == "HEAD" || verb == "OPTIONS" || markedIdempotent;
}

void HttpRequest::setHeader(QByteArray name, QByteArray value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = std::move(value);
            return;
        }
    }
    headers.append({std::move(name), std::move(value)});
}

} // namespace tripdesk
