#pragma once
// Gateway records of one fresh-table import by id, for merging duplicates without asking SQLite: the same
// rule as the row-by-row path (identical bytes, else the same JCS form), over texts in memory.
//
// An open-addressing table of (hash of the id, view of the record's bytes): no key is copied and nothing
// is allocated per record (the std::unordered_multimap<std::string, ...> it replaces allocated a node per
// record and was 5 % of the parsing thread's time). Only the id's hash is kept, and that is enough: two
// records merge only when their bytes or their JCS forms are equal, and either implies the same id (the id
// is read from the record's parsed content), so a hash shared by two different ids can cost a comparison
// but never a wrong merge.

#include <cstdint>
#include <string_view>
#include <vector>

namespace ab {

class LoadedRecords
{
public:
    // Whether a record with this id and content was loaded already; remembers it when not. `raw` must stay
    // valid as long as this table (it points into the SourceText being imported).
    bool seenAlready(std::string_view id, std::string_view raw);
    // Makes room for `records` more at once (before the first): no rehashing, one allocation.
    void reserve(size_t records);

private:
    struct Slot
    {
        uint64_t hash = 0; // 0: empty
        std::string_view raw;
    };
    void grow();
    void rehash(size_t slots);

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace ab
