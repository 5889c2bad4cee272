#include "ICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

void zt_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    strncpy(out, text, (size_t)capacity);
    if (capacity > 0) out[capacity - 1] = 0;
}

const char *zt_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

// MARK: Charset detection and conversion

int32_t zt_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && match != NULL) {
        const char *found = ucsdet_getName(match, &status);
        confidence = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && found != NULL) {
            strncpy(name, found, (size_t)capacity);
            if (capacity > 0) name[capacity - 1] = 0;
        } else {
            confidence = -1;
        }
    }
    ucsdet_close(detector);
    return confidence;
}

typedef struct invalid_tracker {
    const char *source_start;
    int64_t count;
    int64_t first;
} invalid_tracker;

// Records where invalid input was found, then substitutes U+FFFD as ICU's default would.
static void record_invalid(const void *context, UConverterToUnicodeArgs *args,
                           const char *code_units, int32_t length,
                           UConverterCallbackReason reason, UErrorCode *status) {
    invalid_tracker *tracker = (invalid_tracker *)context;
    if (reason <= UCNV_IRREGULAR) {
        if (tracker->count == 0) {
            tracker->first = (int64_t)(args->source - tracker->source_start) - length;
        }
        tracker->count += 1;
        *status = U_ZERO_ERROR;
        static const UChar replacement = 0xFFFD;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
    }
}

zt_decode_result zt_decode(const char *charset, const char *bytes, int64_t length,
                           uint16_t *output, int64_t capacity) {
    zt_decode_result result = {0, 0, -1, 0};
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) {
        result.error = status;
        return result;
    }
    invalid_tracker tracker = {bytes, 0, -1};
    ucnv_setToUCallBack(converter, record_invalid, &tracker, NULL, NULL, &status);
    UChar *target = (UChar *)output;
    const char *source = bytes;
    ucnv_toUnicode(converter, &target, (UChar *)output + capacity, &source, bytes + length,
                   NULL, 1, &status);
    result.units_written = (int64_t)(target - (UChar *)output);
    result.invalid_count = tracker.count;
    result.first_invalid = tracker.first;
    result.error = U_FAILURE(status) ? status : 0;
    ucnv_close(converter);
    return result;
}

typedef struct unmappable_tracker {
    const UChar *source_start;
    int64_t count;
    int64_t first;
} unmappable_tracker;

// Counts characters the charset lacks, then substitutes them as ICU's default would.
static void record_unmappable(const void *context, UConverterFromUnicodeArgs *args,
                              const UChar *code_units, int32_t length, UChar32 code_point,
                              UConverterCallbackReason reason, UErrorCode *status) {
    unmappable_tracker *tracker = (unmappable_tracker *)context;
    if (reason <= UCNV_IRREGULAR) {
        if (tracker->count == 0) {
            tracker->first = (int64_t)(args->source - tracker->source_start) - length;
        }
        tracker->count += 1;
    }
    UCNV_FROM_U_CALLBACK_SUBSTITUTE(NULL, args, code_units, length, code_point, reason, status);
}

int64_t zt_encode(const char *charset, const uint16_t *units, int64_t length,
                  char *output, int64_t capacity, int32_t *error,
                  int64_t *unmappable_count, int64_t *first_unmappable) {
    UErrorCode status = U_ZERO_ERROR;
    *unmappable_count = 0;
    *first_unmappable = -1;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return -1;
    }
    unmappable_tracker tracker = {(const UChar *)units, 0, -1};
    ucnv_setFromUCallBack(converter, record_unmappable, &tracker, NULL, NULL, &status);
    char *target = output;
    const UChar *source = (const UChar *)units;
    ucnv_fromUnicode(converter, &target, output + capacity, &source, source + length, NULL, 1,
                     &status);
    ucnv_close(converter);
    *error = U_FAILURE(status) ? status : 0;
    *unmappable_count = tracker.count;
    *first_unmappable = tracker.first;
    return U_FAILURE(status) ? -1 : (int64_t)(target - output);
}

// MARK: Transliteration

zt_transliterator *zt_transliterator_open(const char *id, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar uid[128];
    u_charsToUChars(id, uid, (int32_t)strlen(id) + 1);
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    *error = U_FAILURE(status) ? status : 0;
    return U_FAILURE(status) ? NULL : (zt_transliterator *)t;
}

void zt_transliterator_close(zt_transliterator *t) { utrans_close((UTransliterator *)t); }

int32_t zt_transliterate(zt_transliterator *t, uint16_t *buffer, int32_t length,
                         int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)t, (UChar *)buffer, &text_length, capacity, 0,
                       &limit, &status);
    return U_FAILURE(status) ? -1 : text_length;
}

// MARK: Normalisation (NFC)

int32_t zt_nfc_flags(int32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return ZT_NFC_BOUNDARY_BEFORE | ZT_NFC_STABLE;
    int32_t flags = 0;
    if (unorm2_hasBoundaryBefore(nfc, c)) flags |= ZT_NFC_BOUNDARY_BEFORE;
    if (unorm2_isInert(nfc, c)) flags |= ZT_NFC_STABLE;
    UChar units[2];
    int32_t length = 0;
    U16_APPEND_UNSAFE(units, length, c);
    if (unorm2_quickCheck(nfc, units, length, &status) == UNORM_YES && U_SUCCESS(status)) flags |= ZT_NFC_ALONE;
    return flags;
}

int32_t zt_nfc_normalize(const uint16_t *units, int32_t length, uint16_t *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t written = unorm2_normalize(nfc, (const UChar *)units, length, (UChar *)output, capacity, &status);
    return U_FAILURE(status) ? -1 : written;
}

// MARK: Character properties

int32_t zt_char_category(int32_t c) { return (int32_t)u_charType(c); }

int32_t zt_char_script(int32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return (int32_t)uscript_getScript(c, &status);
}

int32_t zt_east_asian_width(int32_t c) {
    return u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
}

int32_t zt_is_white_space(int32_t c) { return u_isUWhiteSpace(c) ? 1 : 0; }

int32_t zt_is_emoji(int32_t c) {
    return (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) ||
            u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) ? 1 : 0;
}

double zt_numeric_value(int32_t c) {
    double value = u_getNumericValue(c);
    return value == U_NO_NUMERIC_VALUE ? -1 : value;
}

// MARK: Word break iteration over UTF-8

struct zt_word_breaker {
    UBreakIterator *iterator;
    UText *text;
};

zt_word_breaker *zt_word_breaker_open(const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return NULL;
    }
    zt_word_breaker *b = (zt_word_breaker *)calloc(1, sizeof(zt_word_breaker));
    b->iterator = iterator;
    *error = 0;
    return b;
}

void zt_word_breaker_close(zt_word_breaker *b) {
    if (b == NULL) return;
    ubrk_close(b->iterator);
    if (b->text) utext_close(b->text);
    free(b);
}

void zt_word_breaker_set_utf8(zt_word_breaker *b, const char *text, int64_t length,
                              int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    b->text = utext_openUTF8(b->text, text, length, &status);
    if (U_SUCCESS(status)) ubrk_setUText(b->iterator, b->text, &status);
    *error = U_FAILURE(status) ? status : 0;
}

int64_t zt_word_breaker_next(zt_word_breaker *b) {
    int32_t next = ubrk_next(b->iterator);
    return next == UBRK_DONE ? -1 : (int64_t)next;
}
