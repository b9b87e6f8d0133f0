#ifndef READER_CCURL_SHIM_H
#define READER_CCURL_SHIM_H

#include <curl/curl.h>

/*
 * Swift cannot call C variadic functions, and `curl_easy_setopt` and
 * `curl_easy_getinfo` are variadic. Each wrapper below fixes the type of the
 * variadic argument, so Swift sees an ordinary function. Pick the wrapper
 * whose value type matches the option's documented type; libcurl reads the
 * argument with that type, and a mismatch is undefined behaviour.
 */

/// Sets an option that takes a `long` (flags, counts, milliseconds).
static inline CURLcode reader_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

/// Sets an option that takes a `curl_off_t` (the `_LARGE` sizes).
static inline CURLcode reader_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

/// Sets an option that takes a C string; libcurl copies it, except for
/// `CURLOPT_POSTFIELDS` (use `CURLOPT_COPYPOSTFIELDS`).
static inline CURLcode reader_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

/// Sets an option that takes a data pointer (`CURLOPT_WRITEDATA`,
/// `CURLOPT_HEADERDATA`, `CURLOPT_ERRORBUFFER`, `CURLOPT_COPYPOSTFIELDS`).
/// The caller keeps the memory alive as long as libcurl may use it.
static inline CURLcode reader_curl_easy_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

/// Sets a callback with the `curl_write_callback` signature:
/// `CURLOPT_WRITEFUNCTION` (body bytes) or `CURLOPT_HEADERFUNCTION` (one
/// header line per call, status lines included).
static inline CURLcode reader_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

/// Sets an option that takes a `struct curl_slist *` (`CURLOPT_HTTPHEADER`).
/// The caller keeps the list alive until the transfer ends.
static inline CURLcode reader_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *list) {
    return curl_easy_setopt(handle, option, list);
}

/// Reads an information item of type `long` (`CURLINFO_RESPONSE_CODE`,
/// `CURLINFO_HEADER_SIZE`).
static inline CURLcode reader_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

/// Reads an information item of type `curl_off_t` (the `_T` sizes and times).
static inline CURLcode reader_curl_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

/// Reads an information item of type `char *` (`CURLINFO_EFFECTIVE_URL`).
/// The string belongs to the handle and lives until its next transfer.
static inline CURLcode reader_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
