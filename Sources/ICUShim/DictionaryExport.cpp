// Exports ICU's CJK word dictionary (the "cjdict" used by ICU's CJK word break engine).
//
// The dictionary is an ICU data item (type "dict") in the break-iterator tree of ICU's data.
// Its memory starts with eight int32 indexes, as laid out by ICU's DictionaryData:
//   [0] byte offset of the serialized trie from the start of the indexes,
//   [3] total size in bytes,
//   [4] trie type: low 3 bits 0 = BytesTrie, 1 = UCharsTrie; bit 3 set = words carry values,
//   [5] transform applied to characters (only meaningful for BytesTrie dictionaries).
// cjdict is a UCharsTrie with values, which public ICU API (UCharsTrie::Iterator) can walk.
// Everything here is local to the call, so it is thread-safe; ICU reports errors through
// UErrorCode and never throws.

#include "ICUShim.h"

#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>

namespace {

// ICU keeps this name in an internal header; it is "<data package name>-brkitr".
constexpr const char *kBreakIteratorTree = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr";

// Index slots and flags of the dictionary header (see the comment at the top).
enum : int32_t {
    kIndexTrieOffset = 0,
    kIndexTotalSize = 3,
    kIndexTrieType = 4,
    kIndexTransform = 5,
    kIndexCount = 8,
    kTrieTypeMask = 7,
    kTrieTypeUChars = 1,
    kTrieHasValues = 8,
};

// Checks that the data item is a dictionary ("Dict") and that its header describes a
// UCharsTrie with values lying inside the item. Returns the trie, or nullptr.
const char16_t *findTrie(UDataMemory *memory) {
    UDataInfo info;
    info.size = sizeof(info);
    udata_getInfo(memory, &info);
    if (info.dataFormat[0] != 'D' || info.dataFormat[1] != 'i' || info.dataFormat[2] != 'c' ||
        info.dataFormat[3] != 't') {
        return nullptr;
    }
    const int32_t *indexes = static_cast<const int32_t *>(udata_getMemory(memory));
    if (indexes == nullptr) return nullptr;
    int32_t offset = indexes[kIndexTrieOffset];
    int32_t total = indexes[kIndexTotalSize];
    int32_t type = indexes[kIndexTrieType];
    bool shapeOK = offset >= kIndexCount * 4 && offset < total && offset % 2 == 0;
    bool typeOK = (type & kTrieTypeMask) == kTrieTypeUChars && (type & kTrieHasValues) != 0 &&
                  indexes[kIndexTransform] == 0;  // a UCharsTrie stores characters as they are
    if (!shapeOK || !typeOK) return nullptr;
    return reinterpret_cast<const char16_t *>(reinterpret_cast<const char *>(indexes) + offset);
}

}  // namespace

int64_t zt_cjdict_export(zt_dictionary_word_fn fn, void *context, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    // Closes the data item on every path out of this function.
    icu::LocalUDataMemoryPointer memory(udata_open(kBreakIteratorTree, "dict", "cjdict", &status));
    const char16_t *trieUnits = U_SUCCESS(status) ? findTrie(memory.getAlias()) : nullptr;
    if (U_SUCCESS(status) && trieUnits == nullptr) status = U_INVALID_FORMAT_ERROR;

    int64_t count = 0;
    if (U_SUCCESS(status)) {
        // The trie only reads the memory, which stays mapped until `memory` is closed.
        icu::UCharsTrie trie(trieUnits);
        icu::UCharsTrie::Iterator words(trie, 0, status);  // 0: whole words, not prefixes
        while (U_SUCCESS(status) && words.next(status)) {
            const icu::UnicodeString &word = words.getString();
            fn(context, reinterpret_cast<const uint16_t *>(word.getBuffer()), word.length(),
               words.getValue());
            ++count;
        }
    }
    if (error != nullptr) *error = status;
    return U_SUCCESS(status) ? count : -1;
}
