#pragma once
// A typed error value: what kind of failure, a message fit for the user, and detail for the log.

#include <QString>

namespace tripdesk {

struct Error {
    enum class Kind {
        InvalidInput, // the caller's input is wrong; the message says how to fix it
        NotFound,     // a named thing (airport, offer, booking) does not exist
        Unavailable,  // a service, file or network is not reachable right now; retry later
        Supplier,     // a supplier answered with an error or something we could not parse
        Storage,      // the local store failed (disk full, corrupt file, locked)
        Cancelled,    // the operation was cancelled by the user or superseded
        Internal,     // a bug: an invariant did not hold
    };

    Kind kind = Kind::Internal;
    QString message; // translated, one sentence, says what to do next where it can
    QString detail;  // for the log; never holds a secret, a card or passport number
    // The input field the error is about, as its owner names it ("slices[1].date",
    // "passengers"), so a form shows the message beside it; empty when it is about no one field.
    QString field;

    // The same error, about `fieldName`.
    Error at(QString fieldName) const &
    {
        Error e = *this;
        e.field = std::move(fieldName);
        return e;
    }
    Error at(QString fieldName) &&
    {
        field = std::move(fieldName);
        return std::move(*this);
    }

    static Error invalidInput(QString message, QString detail = {})
    {
        return {Kind::InvalidInput, std::move(message), std::move(detail), {}};
    }
    static Error notFound(QString message, QString detail = {})
    {
        return {Kind::NotFound, std::move(message), std::move(detail), {}};
    }
    static Error unavailable(QString message, QString detail = {})
    {
        return {Kind::Unavailable, std::move(message), std::move(detail), {}};
    }
    static Error supplier(QString message, QString detail = {})
    {
        return {Kind::Supplier, std::move(message), std::move(detail), {}};
    }
    static Error storage(QString message, QString detail = {})
    {
        return {Kind::Storage, std::move(message), std::move(detail), {}};
    }
    static Error cancelled(QString message, QString detail = {})
    {
        return {Kind::Cancelled, std::move(message), std::move(detail), {}};
    }
    static Error internal(QString message, QString detail = {})
    {
        return {Kind::Internal, std::move(message), std::move(detail), {}};
    }
};

// Someone's input quoted back in a message: cut to `maxChars` with "…", so a pasted paragraph
// cannot stretch a window or flood a terminal.
inline QString quotedInput(const QString &text, int maxChars = 40)
{
    const QString flat = text.simplified();
    if (flat.size() <= maxChars)
        return flat;
    return flat.left(maxChars - 1) + QChar(0x2026);
}

} // namespace tripdesk
