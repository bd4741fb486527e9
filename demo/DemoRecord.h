#pragma once
// One record of a demo HMAC chain (gateway audit log, agent runtime audit trail) and its seal, as
// docs/spec/chain.md defines them.
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"

#include <QtGlobal>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ab::demo {

constexpr std::string_view Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

// One chained record: members in the order they are written, the canonical (JCS) form built directly with
// sorted names (all names are ASCII, so byte order is UTF-16 order), and the seal.
class Record
{
public:
    void clear() { m_count = 0; }
    void add(std::string_view key, std::string_view text)
    {
        Field &f = slot();
        f.key = key;
        f.text.assign(text.data(), text.size());
        f.isNumber = false;
    }
    void add(std::string_view key, qint64 number)
    {
        Field &f = slot();
        f.key = key;
        f.text = std::to_string(number); // integers below 2^53 print the same in JCS
        f.isNumber = true;
    }
    void set(std::string_view key, std::string_view text)
    {
        for (size_t i = 0; i < m_count; ++i)
            if (m_fields[i].key == key) {
                m_fields[i].text.assign(text.data(), text.size());
                return;
            }
        add(key, text);
    }
    std::string_view get(std::string_view key) const
    {
        for (size_t i = 0; i < m_count; ++i)
            if (m_fields[i].key == key)
                return m_fields[i].text;
        return {};
    }

    // JCS of the content: every member (hmac_key_id included), sorted by name.
    const std::string &canonical()
    {
        m_order.resize(m_count);
        for (size_t i = 0; i < m_count; ++i)
            m_order[i] = i;
        std::sort(m_order.begin(), m_order.end(),
                  [&](size_t a, size_t b) { return m_fields[a].key < m_fields[b].key; });
        m_canonical.clear();
        m_canonical.push_back('{');
        for (size_t n = 0; n < m_count; ++n) {
            if (n)
                m_canonical.push_back(',');
            appendMember(m_canonical, m_fields[m_order[n]]);
        }
        m_canonical.push_back('}');
        return m_canonical;
    }

    // The record as written: members in insertion order, then previous_hmac and hmac.
    void write(std::string &out, std::string_view previousHmac, std::string_view hmac) const
    {
        out.push_back('{');
        for (size_t i = 0; i < m_count; ++i) {
            appendMember(out, m_fields[i]);
            out.push_back(',');
        }
        out.append("\"previous_hmac\":");
        jcs::appendString(out, previousHmac);
        out.append(",\"hmac\":");
        jcs::appendString(out, hmac);
        out.push_back('}');
    }

private:
    struct Field
    {
        std::string_view key; // always a literal
        std::string text;
        bool isNumber = false;
    };
    Field &slot()
    {
        if (m_count == m_fields.size())
            m_fields.emplace_back();
        return m_fields[m_count++];
    }
    static void appendMember(std::string &out, const Field &f)
    {
        jcs::appendString(out, f.key);
        out.push_back(':');
        if (f.isNumber)
            out.append(f.text);
        else
            jcs::appendString(out, f.text);
    }

    std::vector<Field> m_fields;
    size_t m_count = 0;
    std::vector<size_t> m_order;
    std::string m_canonical;
};

// The record's hmac, lowercase hex: HMAC-SHA256 over its canonical content followed by previous_hmac.
std::string macHex(crypto::HmacSha256 &mac, std::string_view canonical, std::string_view previous);

} // namespace ab::demo
