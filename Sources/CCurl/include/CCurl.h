#ifndef READER_CCURL_H
#define READER_CCURL_H

#include <curl/curl.h>

/*
 * libcurl, loaded on first use.
 *
 * `reader` links no libcurl: loading it and its dependency tree (TLS, IDN,
 * Kerberos, LDAP, SSH...) costs about 8 ms at every process start, which a
 * command that only reads the cache should not pay. So the functions Reader
 * calls are reached through these `reader_curl_*` functions, which open
 * libcurl with `dlopen` the first time `reader_curl_load` runs. The types and
 * constants still come from <curl/curl.h>; calling a `curl_*` function
 * directly from Swift fails to link, by design.
 *
 * Swift cannot call C variadic functions either, and `curl_easy_setopt`,
 * `curl_multi_setopt` and `curl_easy_getinfo` are variadic. Each `setopt` /
 * `getinfo` function below fixes the type of the variadic argument, so Swift
 * sees an ordinary function. Pick the one whose value type matches the
 * option's documented type; libcurl reads the argument with that type, and a
 * mismatch is undefined behaviour.
 */

/// Loads libcurl and looks up every function below; thread-safe, done once.
/// Returns NULL when libcurl is ready, else a message saying why it is not
/// (the library or one of its functions is missing). Call it, and check it,
/// before any other function here.
const char *reader_curl_load(void);

/// `curl_global_init`.
CURLcode reader_curl_global_init(long flags);
/// `curl_version`.
char *reader_curl_version(void);

/// `curl_easy_init`.
CURL *reader_curl_easy_init(void);
/// `curl_easy_cleanup`.
void reader_curl_easy_cleanup(CURL *handle);
/// `curl_easy_reset`.
void reader_curl_easy_reset(CURL *handle);
/// `curl_easy_strerror`.
const char *reader_curl_easy_strerror(CURLcode code);

/// `curl_multi_init`.
CURLM *reader_curl_multi_init(void);
/// `curl_multi_cleanup`.
CURLMcode reader_curl_multi_cleanup(CURLM *multi);
/// `curl_multi_add_handle`.
CURLMcode reader_curl_multi_add_handle(CURLM *multi, CURL *handle);
/// `curl_multi_remove_handle`.
CURLMcode reader_curl_multi_remove_handle(CURLM *multi, CURL *handle);
/// `curl_multi_perform`.
CURLMcode reader_curl_multi_perform(CURLM *multi, int *running);
/// `curl_multi_poll`.
CURLMcode reader_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra, unsigned int count, int timeout_ms, int *ready);
/// `curl_multi_wakeup`: may be called from any thread.
CURLMcode reader_curl_multi_wakeup(CURLM *multi);
/// `curl_multi_info_read`.
CURLMsg *reader_curl_multi_info_read(CURLM *multi, int *queued);
/// `curl_multi_strerror`.
const char *reader_curl_multi_strerror(CURLMcode code);
/// Sets a multi option that takes a `long` (`CURLMOPT_PIPELINING`,
/// `CURLMOPT_MAX_HOST_CONNECTIONS`, `CURLMOPT_MAX_TOTAL_CONNECTIONS`).
CURLMcode reader_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value);

/// `curl_slist_append`.
struct curl_slist *reader_curl_slist_append(struct curl_slist *list, const char *line);
/// `curl_slist_free_all`.
void reader_curl_slist_free_all(struct curl_slist *list);

/// Sets an option that takes a `long` (flags, counts, milliseconds).
CURLcode reader_curl_easy_setopt_long(CURL *handle, CURLoption option, long value);
/// Sets an option that takes a `curl_off_t` (the `_LARGE` sizes).
CURLcode reader_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
/// Sets an option that takes a C string; libcurl copies it, except for
/// `CURLOPT_POSTFIELDS` (use `CURLOPT_COPYPOSTFIELDS`).
CURLcode reader_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value);
/// Sets an option that takes a data pointer (`CURLOPT_WRITEDATA`,
/// `CURLOPT_HEADERDATA`, `CURLOPT_ERRORBUFFER`, `CURLOPT_COPYPOSTFIELDS`).
/// The caller keeps the memory alive as long as libcurl may use it.
CURLcode reader_curl_easy_setopt_pointer(CURL *handle, CURLoption option, const void *value);
/// Sets a callback with the `curl_write_callback` signature:
/// `CURLOPT_WRITEFUNCTION` (body bytes) or `CURLOPT_HEADERFUNCTION` (one
/// header line per call, status lines included).
CURLcode reader_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback callback);
/// Sets an option that takes a `struct curl_slist *` (`CURLOPT_HTTPHEADER`).
/// The caller keeps the list alive until the transfer ends.
CURLcode reader_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *list);

/// Reads an information item of type `long` (`CURLINFO_RESPONSE_CODE`,
/// `CURLINFO_HEADER_SIZE`).
CURLcode reader_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value);
/// Reads an information item of type `curl_off_t` (the `_T` sizes and times).
CURLcode reader_curl_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value);
/// Reads an information item of type `char *` (`CURLINFO_EFFECTIVE_URL`).
/// The string belongs to the handle and lives until its next transfer.
CURLcode reader_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value);

#endif
