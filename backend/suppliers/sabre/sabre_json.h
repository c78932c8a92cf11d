#pragma once
// A small read-only JSON tree over a reply's bytes, for the Sabre parsers. Unlike QJsonDocument
// it keeps every number as the text Sabre sent, so amounts such as 131.8 or 0.125 KWD reach
// Money::parse exactly instead of through a double, and it copies no string until one is asked
// for, which keeps a 250-itinerary shopping reply cheap to read. Input is checked as strictly as
// RFC 8259 allows, with a nesting limit so hostile input cannot exhaust the stack.

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tripdesk::sabre {

class JsonTree;

// One value in a tree; a default or missing value is Undefined, so lookups chain safely:
// tree.root()["a"]["b"].at(3).text() is empty rather than an error when any step is missing.
class JsonValue
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

    JsonValue() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isObject() const { return type() == Type::Object; }
    bool isArray() const { return type() == Type::Array; }
    bool isString() const { return type() == Type::String; }
    bool isNumber() const { return type() == Type::Number; }
    bool isBool() const { return type() == Type::Bool; }
    // Present and not null.
    bool exists() const { return type() != Type::Undefined && type() != Type::Null; }

    // Members of an object by key; Undefined when absent or when this is not an object.
    JsonValue operator[](QLatin1StringView key) const;
    // Elements of an array; Undefined out of range or when this is not an array.
    JsonValue at(int index) const;
    // Elements of an array or values of an object.
    int size() const;

    // A string's decoded text, or a number's or boolean's text; empty otherwise.
    QString text() const;
    // A number's text exactly as sent ("131.80", "-1e3"), or a string's text: what an amount
    // parser wants; empty for anything else.
    QString decimalText() const;
    // Whole numbers only: a number without fraction or exponent, or a string of digits.
    std::optional<qint64> integer() const;
    int toInt(int fallback = 0) const;
    bool toBool(bool fallback = false) const;
    // A string's raw bytes compared without decoding (keys and codes are plain ASCII).
    bool equals(QLatin1StringView ascii) const;

    class Iterator
    {
    public:
        JsonValue operator*() const { return {m_tree, m_node}; }
        Iterator &operator++();
        bool operator!=(const Iterator &other) const { return m_node != other.m_node; }

    private:
        friend class JsonValue;
        Iterator(const JsonTree *tree, int node, bool object)
            : m_tree(tree)
            , m_node(node)
            , m_object(object)
        {}
        const JsonTree *m_tree = nullptr;
        int m_node = -1;
        bool m_object = false;
    };
    // Iterates an array's elements or an object's values; nothing for other types.
    Iterator begin() const;
    Iterator end() const;

private:
    friend class JsonTree;
    friend class Iterator;
    JsonValue(const JsonTree *tree, int node)
        : m_tree(tree)
        , m_node(node)
    {}
    const JsonTree *m_tree = nullptr;
    int m_node = -1;
};

class JsonTree
{
public:
    static constexpr int kMaxDepth = 256;

    // Parses `bytes` (a copy is kept, shared implicitly). On failure, `error` says where.
    static std::optional<JsonTree> parse(const QByteArray &bytes, QString *error = nullptr);

    JsonValue root() const { return {this, m_nodes.empty() ? -1 : 0}; }

private:
    friend class JsonValue;
    friend class Parser;
    struct Node {
        JsonValue::Type type = JsonValue::Type::Undefined;
        bool escaped = false; // a string with backslash escapes, decoded on demand
        int start = 0;        // strings: first byte after the quote; numbers: first byte
        int length = 0;       // bytes of the text; for containers, the number of children
        int next = -1;        // the next sibling (for object members: the next key)
    };

    QByteArray m_bytes;
    std::vector<Node> m_nodes;
};

} // namespace tripdesk::sabre
