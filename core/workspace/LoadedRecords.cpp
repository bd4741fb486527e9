#include "core/workspace/LoadedRecords.h"

#include "core/common/HugePages.h"
#include "core/json/Jcs.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <string>
#include <utility>

namespace ab {

namespace {

// JCS of a record, or empty when it cannot be canonicalised (then only identical bytes merge).
std::string canonicalOrEmpty(std::string_view json)
{
    try {
        return jcs::canonicalize(json);
    } catch (const std::exception &) {
        return {};
    }
}

constexpr size_t InitialSlots = size_t(1) << 16; // a power of two; 1 MiB, grown by doubling at half full

} // namespace

bool LoadedRecords::seenAlready(std::string_view id, std::string_view raw)
{
    if (m_used * 2 >= m_slots.size())
        grow();
    uint64_t hash = std::hash<std::string_view>{}(id);
    hash += hash == 0; // 0 marks an empty slot
    const size_t mask = m_slots.size() - 1;
    std::string canonical;
    bool canonicalDone = false;
    size_t i = size_t(hash) & mask;
    for (; m_slots[i].hash != 0; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.hash != hash)
            continue;
        if (s.raw == raw)
            return true;
        if (!canonicalDone) {
            canonical = canonicalOrEmpty(raw);
            canonicalDone = true;
        }
        if (!canonical.empty() && canonicalOrEmpty(s.raw) == canonical)
            return true;
    }
    m_slots[i] = Slot{hash, raw};
    ++m_used;
    return false;
}

void LoadedRecords::grow()
{
    rehash(std::max(InitialSlots, m_slots.size() * 2));
}

void LoadedRecords::reserve(size_t records)
{
    size_t count = InitialSlots;
    while (count < (m_used + records) * 2 + 1) // kept under half full, as seenAlready grows it
        count *= 2;
    if (count > m_slots.size())
        rehash(count);
}

void LoadedRecords::rehash(size_t count)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.clear();
    resizeLarge(m_slots, count); // written once in a scattered order: huge pages save a fault per 4 KiB
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.hash == 0)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace ab
