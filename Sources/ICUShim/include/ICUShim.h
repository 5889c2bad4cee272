// Stable, version-independent names over the parts of ICU's C API that zhtext uses.
// ICU renames every C symbol per release (ubrk_open is really ubrk_open_72); Swift code
// calls these functions instead, and nothing but this target includes ICU's headers.
#ifndef ZHTEXT_ICU_SHIM_H
#define ZHTEXT_ICU_SHIM_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's version as "major.minor", e.g. "72.1".
void zt_icu_version(char *out, int32_t capacity);

/// A printable name for an ICU error code.
const char *zt_error_name(int32_t code);

// MARK: Charset detection and conversion

/// Detects the most likely charset of `bytes` with ICU's charset detector.
/// Writes its canonical name into `name` and returns the confidence (0-100), or -1 on error.
int32_t zt_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity);

/// Result of decoding: how many UTF-16 units were written and where invalid input was found.
typedef struct zt_decode_result {
    int64_t units_written;    ///< UTF-16 code units written to the output.
    int64_t invalid_count;    ///< Number of invalid or unmappable byte sequences.
    int64_t first_invalid;    ///< Byte offset of the first invalid sequence, or -1.
    int32_t error;            ///< ICU error code (0 on success).
} zt_decode_result;

/// Decodes `length` bytes in `charset` into UTF-16. `output` must hold at least `length + 2`
/// units (no supported charset needs more). Invalid sequences become U+FFFD and are counted.
zt_decode_result zt_decode(const char *charset, const char *bytes, int64_t length,
                           uint16_t *output, int64_t capacity);

/// Encodes UTF-16 into `charset`; returns the number of bytes written, or -1 when `capacity`
/// is too small or the charset is unknown (`*error` holds ICU's code). Characters the charset
/// lacks become its substitution character; `*unmappable_count` counts them and
/// `*first_unmappable` is the UTF-16 offset of the first (-1 when there is none).
int64_t zt_encode(const char *charset, const uint16_t *units, int64_t length,
                  char *output, int64_t capacity, int32_t *error,
                  int64_t *unmappable_count, int64_t *first_unmappable);

// MARK: Transliteration

typedef struct zt_transliterator zt_transliterator;

/// Opens an ICU transliterator by id, e.g. "Traditional-Simplified". NULL on error.
zt_transliterator *zt_transliterator_open(const char *id, int32_t *error);
void zt_transliterator_close(zt_transliterator *t);
/// Transliterates `buffer` in place; returns the new length, or -1 if `capacity` is too small.
int32_t zt_transliterate(zt_transliterator *t, uint16_t *buffer, int32_t length, int32_t capacity);

// MARK: Character properties

/// ICU's general category (UCharCategory) of a code point.
int32_t zt_char_category(int32_t c);
/// ICU's script code (UScriptCode) of a code point.
int32_t zt_char_script(int32_t c);
/// ICU's East Asian width (UEastAsianWidth) of a code point.
int32_t zt_east_asian_width(int32_t c);
/// Whether a code point is white space (Unicode White_Space).
int32_t zt_is_white_space(int32_t c);
/// Whether a code point is an emoji (Unicode Emoji_Presentation or Extended_Pictographic).
int32_t zt_is_emoji(int32_t c);
/// The numeric value of a code point (e.g. 3 for 三), or -1 if it has none.
double zt_numeric_value(int32_t c);

// MARK: Normalisation (NFC)

/// Flags of a code point for NFC: ZT_NFC_BOUNDARY_BEFORE when normalisation never joins it to
/// what comes before, ZT_NFC_STABLE when it is unaffected by NFC whatever surrounds it,
/// ZT_NFC_ALONE when it is NFC on its own (no decomposition changes it).
enum { ZT_NFC_BOUNDARY_BEFORE = 1, ZT_NFC_STABLE = 2, ZT_NFC_ALONE = 4 };
int32_t zt_nfc_flags(int32_t c);
/// Writes the NFC form of `length` UTF-16 units into `output`; returns its length, or -1
/// when ICU fails or `capacity` is too small.
int32_t zt_nfc_normalize(const uint16_t *units, int32_t length, uint16_t *output, int32_t capacity);

/// Stable script codes used by zhtext.
enum { ZT_SCRIPT_HAN = 17, ZT_SCRIPT_LATIN = 25, ZT_SCRIPT_COMMON = 0, ZT_SCRIPT_INHERITED = 1 };

// MARK: Word break iteration over UTF-8

typedef struct zt_word_breaker zt_word_breaker;

/// Opens ICU's word break iterator for `locale` (e.g. "zh"). NULL on error.
zt_word_breaker *zt_word_breaker_open(const char *locale, int32_t *error);
void zt_word_breaker_close(zt_word_breaker *b);
/// Points the iterator at UTF-8 text (not copied: it must stay alive while iterating).
void zt_word_breaker_set_utf8(zt_word_breaker *b, const char *text, int64_t length, int32_t *error);
/// The next boundary as a byte offset, or -1 at the end.
int64_t zt_word_breaker_next(zt_word_breaker *b);

// MARK: ICU's CJK dictionary

/// Receives one dictionary word (UTF-16) and its value (ICU's cost: lower is more frequent).
typedef void (*zt_dictionary_word_fn)(void *context, const uint16_t *word, int32_t length, int32_t value);

/// Calls `fn` for every word of ICU's CJK word dictionary (brkitr/cjdict), read through
/// ICU's data API. Returns the number of words, or -1 on error (`*error` holds ICU's code).
int64_t zt_cjdict_export(zt_dictionary_word_fn fn, void *context, int32_t *error);

#ifdef __cplusplus
}
#endif
#endif
