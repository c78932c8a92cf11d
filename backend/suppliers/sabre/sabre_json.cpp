#include "backend/suppliers/sabre/sabre_json.h"

#include <cctype>
#include <cstring>
#include <limits>

namespace tripdesk::sabre {

using Type = JsonValue::Type;

class Parser
{
public:
    Parser(const QByteArray &bytes, std::vector<JsonTree::Node> &nodes)
        : m_p(bytes.constData())
        , m_size(int(bytes.size()))
        , m_nodes(nodes)
    {}

    bool run()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        return m_pos == m_size || fail("garbage after the value");
    }

    QString error;

private:
    bool fail(const char *why)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1 at byte %2").arg(QLatin1StringView(why)).arg(m_pos);
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_size) {
            const char c = m_p[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }
    int add(Type type, int start, int length)
    {
        m_nodes.push_back({type, false, start, length, -1});
        return int(m_nodes.size()) - 1;
    }
    bool literal(const char *word, Type type)
    {
        const int n = int(std::strlen(word));
        if (m_size - m_pos < n || std::memcmp(m_p + m_pos, word, size_t(n)) != 0)
            return fail("unknown literal");
        add(type, m_pos, n);
        m_pos += n;
        return true;
    }
    bool digits()
    {
        const int from = m_pos;
        while (m_pos < m_size && m_p[m_pos] >= '0' && m_p[m_pos] <= '9')
            ++m_pos;
        return m_pos > from;
    }
    bool number()
    {
        const int start = m_pos;
        if (m_p[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_size && m_p[m_pos] == '0') {
            ++m_pos;
        } else if (!digits()) {
            return fail("bad number");
        }
        if (m_pos < m_size && m_p[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail("bad fraction");
        }
        if (m_pos < m_size && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_p[m_pos] == '+' || m_p[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail("bad exponent");
        }
        add(Type::Number, start, m_pos - start);
        return true;
    }
    bool string()
    {
        ++m_pos; // the opening quote
        const int start = m_pos;
        bool escaped = false;
        while (m_pos < m_size) {
            const unsigned char c = static_cast<unsigned char>(m_p[m_pos]);
            if (c == '"') {
                const int node = add(Type::String, start, m_pos - start);
                m_nodes[size_t(node)].escaped = escaped;
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c == '\\') {
                escaped = true;
                if (m_pos + 1 >= m_size)
                    break;
                const char e = m_p[m_pos + 1];
                if (e == 'u') {
                    if (m_size - m_pos < 6)
                        break;
                    for (int i = 2; i < 6; ++i) {
                        if (!std::isxdigit(static_cast<unsigned char>(m_p[m_pos + i])))
                            return fail("bad unicode escape");
                    }
                    m_pos += 6;
                    continue;
                }
                if (!std::strchr("\"\\/bfnrt", e) || e == '\0')
                    return fail("bad escape");
                m_pos += 2;
                continue;
            }
            ++m_pos;
        }
        return fail("unterminated string");
    }
    bool container(int depth, bool object)
    {
        const int self = add(object ? Type::Object : Type::Array, m_pos, 0);
        ++m_pos;
        skipSpace();
        const char close = object ? '}' : ']';
        if (m_pos < m_size && m_p[m_pos] == close) {
            ++m_pos;
            return true;
        }
        int previous = -1;
        int count = 0;
        for (;;) {
            skipSpace();
            const int child = int(m_nodes.size());
            if (object) {
                if (m_pos >= m_size || m_p[m_pos] != '"')
                    return fail("expected a key");
                if (!string())
                    return false;
                skipSpace();
                if (m_pos >= m_size || m_p[m_pos] != ':')
                    return fail("expected a colon");
                ++m_pos;
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            if (previous >= 0)
                m_nodes[size_t(previous)].next = child;
            previous = child;
            if (++count == std::numeric_limits<int>::max())
                return fail("too many members");
            skipSpace();
            if (m_pos >= m_size)
                return fail("unterminated container");
            if (m_p[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_p[m_pos] == close) {
                ++m_pos;
                m_nodes[size_t(self)].length = count;
                return true;
            }
            return fail("expected a comma");
        }
    }
    bool value(int depth)
    {
        if (depth > JsonTree::kMaxDepth)
            return fail("nested too deeply");
        if (m_pos >= m_size)
            return fail("unexpected end");
        switch (m_p[m_pos]) {
        case '{':
            return container(depth, true);
        case '[':
            return container(depth, false);
        case '"':
            return string();
        case 't':
            return literal("true", Type::Bool);
        case 'f':
            return literal("false", Type::Bool);
        case 'n':
            return literal("null", Type::Null);
        default:
            break;
        }
        if (m_p[m_pos] == '-' || (m_p[m_pos] >= '0' && m_p[m_pos] <= '9'))
            return number();
        return fail("unexpected character");
    }

    const char *m_p;
    int m_size;
    int m_pos = 0;
    std::vector<JsonTree::Node> &m_nodes;
};

std::optional<JsonTree> JsonTree::parse(const QByteArray &bytes, QString *error)
{
    JsonTree tree;
    if (bytes.size() >= std::numeric_limits<int>::max() / 2) {
        if (error)
            *error = QStringLiteral("reply too large");
        return std::nullopt;
    }
    tree.m_bytes = bytes;
    tree.m_nodes.reserve(size_t(bytes.size() / 8 + 16));
    Parser parser(tree.m_bytes, tree.m_nodes);
    if (!parser.run()) {
        if (error)
            *error = parser.error;
        return std::nullopt;
    }
    return tree;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// Decodes a string the parser has already checked.
QString decode(const char *p, int length)
{
    QString out;
    out.reserve(length);
    int runStart = 0;
    const auto flush = [&](int upTo) {
        if (upTo > runStart)
            out += QString::fromUtf8(p + runStart, upTo - runStart);
    };
    for (int i = 0; i < length;) {
        if (p[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        const char e = p[i + 1];
        i += 2;
        switch (e) {
        case 'b':
            out += QChar(0x08);
            break;
        case 'f':
            out += QChar(0x0C);
            break;
        case 'n':
            out += QChar(0x0A);
            break;
        case 'r':
            out += QChar(0x0D);
            break;
        case 't':
            out += QChar(0x09);
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4; ++k)
                unit = char16_t(unit * 16 + hexValue(p[i + k]));
            i += 4;
            // Pairs join into one character; a lone half of a pair becomes U+FFFD, as in Qt.
            if (QChar::isHighSurrogate(unit) && i + 6 <= length && p[i] == '\\' &&
                p[i + 1] == 'u') {
                char16_t low = 0;
                for (int k = 0; k < 4; ++k)
                    low = char16_t(low * 16 + hexValue(p[i + 2 + k]));
                if (QChar::isLowSurrogate(low)) {
                    out += QChar(unit);
                    out += QChar(low);
                    i += 6;
                    break;
                }
            }
            out += QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit);
            break;
        }
        default: // '"', '\\', '/'
            out += QLatin1Char(e);
            break;
        }
        runStart = i;
    }
    flush(length);
    return out;
}

} // namespace

Type JsonValue::type() const
{
    if (!m_tree || m_node < 0)
        return Type::Undefined;
    return m_tree->m_nodes[size_t(m_node)].type;
}

JsonValue JsonValue::operator[](QLatin1StringView key) const
{
    if (type() != Type::Object)
        return {};
    const auto &nodes = m_tree->m_nodes;
    const int count = nodes[size_t(m_node)].length;
    int k = m_node + 1;
    for (int i = 0; i < count && k >= 0; ++i) {
        const JsonTree::Node &n = nodes[size_t(k)];
        if (n.escaped) {
            if (decode(m_tree->m_bytes.constData() + n.start, n.length) == key)
                return {m_tree, k + 1};
        } else if (n.length == key.size() && std::memcmp(m_tree->m_bytes.constData() + n.start,
                                                         key.data(), size_t(n.length)) == 0) {
            return {m_tree, k + 1};
        }
        k = n.next;
    }
    return {};
}

JsonValue JsonValue::at(int index) const
{
    if (type() != Type::Array || index < 0 || index >= size())
        return {};
    int k = m_node + 1;
    for (int i = 0; i < index && k >= 0; ++i)
        k = m_tree->m_nodes[size_t(k)].next;
    return {m_tree, k};
}

int JsonValue::size() const
{
    const Type t = type();
    return t == Type::Array || t == Type::Object ? m_tree->m_nodes[size_t(m_node)].length : 0;
}

QString JsonValue::text() const
{
    const Type t = type();
    if (t != Type::String && t != Type::Number && t != Type::Bool)
        return {};
    const JsonTree::Node &n = m_tree->m_nodes[size_t(m_node)];
    const char *p = m_tree->m_bytes.constData() + n.start;
    if (n.escaped)
        return decode(p, n.length);
    return QString::fromUtf8(p, n.length);
}

QString JsonValue::decimalText() const
{
    const Type t = type();
    return t == Type::Number || t == Type::String ? text() : QString();
}

std::optional<qint64> JsonValue::integer() const
{
    const Type t = type();
    if (t != Type::Number && t != Type::String)
        return std::nullopt;
    const JsonTree::Node &n = m_tree->m_nodes[size_t(m_node)];
    const char *p = m_tree->m_bytes.constData() + n.start;
    int i = 0;
    const bool negative = n.length > 0 && p[0] == '-';
    if (negative)
        ++i;
    if (i >= n.length || n.length - i > 18)
        return std::nullopt;
    qint64 v = 0;
    for (; i < n.length; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return std::nullopt;
        v = v * 10 + (p[i] - '0');
    }
    return negative ? -v : v;
}

int JsonValue::toInt(int fallback) const
{
    const auto v = integer();
    if (!v || *v > std::numeric_limits<int>::max() || *v < std::numeric_limits<int>::min())
        return fallback;
    return int(*v);
}

bool JsonValue::toBool(bool fallback) const
{
    if (type() != Type::Bool)
        return fallback;
    return m_tree->m_bytes.at(m_tree->m_nodes[size_t(m_node)].start) == 't';
}

bool JsonValue::equals(QLatin1StringView ascii) const
{
    if (type() != Type::String)
        return false;
    const JsonTree::Node &n = m_tree->m_nodes[size_t(m_node)];
    if (n.escaped)
        return text() == ascii;
    return n.length == ascii.size() &&
           std::memcmp(m_tree->m_bytes.constData() + n.start, ascii.data(), size_t(n.length)) == 0;
}

JsonValue::Iterator &JsonValue::Iterator::operator++()
{
    const auto &nodes = m_tree->m_nodes;
    // For objects the iterator stands on the value; its key is the node before it.
    const int from = m_object ? m_node - 1 : m_node;
    const int next = nodes[size_t(from)].next;
    m_node = next < 0 ? -1 : (m_object ? next + 1 : next);
    return *this;
}

JsonValue::Iterator JsonValue::begin() const
{
    const Type t = type();
    if ((t != Type::Array && t != Type::Object) || size() == 0)
        return end();
    return {m_tree, t == Type::Object ? m_node + 2 : m_node + 1, t == Type::Object};
}

JsonValue::Iterator JsonValue::end() const
{
    return {m_tree, -1, false};
}

} // namespace tripdesk::sabre
