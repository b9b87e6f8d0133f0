#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#if defined(__APPLE__)
#define READER_LIBCURL "libcurl.4.dylib"
#else
#define READER_LIBCURL "libcurl.so.4"
#endif

/* The libcurl functions Reader calls, looked up once by `load`. */
static struct {
    CURLcode (*global_init)(long);
    char *(*version)(void);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    void (*easy_reset)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_cleanup)(CURLM *);
    CURLMcode (*multi_add_handle)(CURLM *, CURL *);
    CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
    CURLMcode (*multi_perform)(CURLM *, int *);
    CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
    CURLMcode (*multi_wakeup)(CURLM *);
    CURLMsg *(*multi_info_read)(CURLM *, int *);
    const char *(*multi_strerror)(CURLMcode);
    CURLMcode (*multi_setopt)(CURLM *, CURLMoption, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char *load_failure;
static char load_message[512];

/* Looks up `name` into `*slot`; on failure records why and returns 0. */
static int look_up(void *library, const char *name, void **slot) {
    *slot = dlsym(library, name);
    if (*slot == NULL) {
        snprintf(load_message, sizeof load_message, "%s has no %s", READER_LIBCURL, name);
        load_failure = load_message;
        return 0;
    }
    return 1;
}

#define LOOK_UP(field, name) look_up(library, name, (void **)&curl.field)

static void load(void) {
    void *library = dlopen(READER_LIBCURL, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(load_message, sizeof load_message, "cannot load %s: %s", READER_LIBCURL, reason ? reason : "unknown error");
        load_failure = load_message;
        return;
    }
    (void)(LOOK_UP(global_init, "curl_global_init") && LOOK_UP(version, "curl_version")
        && LOOK_UP(easy_init, "curl_easy_init") && LOOK_UP(easy_cleanup, "curl_easy_cleanup")
        && LOOK_UP(easy_reset, "curl_easy_reset") && LOOK_UP(easy_strerror, "curl_easy_strerror")
        && LOOK_UP(easy_setopt, "curl_easy_setopt") && LOOK_UP(easy_getinfo, "curl_easy_getinfo")
        && LOOK_UP(multi_init, "curl_multi_init") && LOOK_UP(multi_cleanup, "curl_multi_cleanup")
        && LOOK_UP(multi_add_handle, "curl_multi_add_handle")
        && LOOK_UP(multi_remove_handle, "curl_multi_remove_handle")
        && LOOK_UP(multi_perform, "curl_multi_perform") && LOOK_UP(multi_poll, "curl_multi_poll")
        && LOOK_UP(multi_wakeup, "curl_multi_wakeup") && LOOK_UP(multi_info_read, "curl_multi_info_read")
        && LOOK_UP(multi_strerror, "curl_multi_strerror") && LOOK_UP(multi_setopt, "curl_multi_setopt")
        && LOOK_UP(slist_append, "curl_slist_append")
        && LOOK_UP(slist_free_all, "curl_slist_free_all"));
}

const char *reader_curl_load(void) {
    pthread_once(&load_once, load);
    return load_failure;
}

CURLcode reader_curl_global_init(long flags) { return curl.global_init(flags); }
char *reader_curl_version(void) { return curl.version(); }

CURL *reader_curl_easy_init(void) { return curl.easy_init(); }
void reader_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
void reader_curl_easy_reset(CURL *handle) { curl.easy_reset(handle); }
const char *reader_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }

CURLM *reader_curl_multi_init(void) { return curl.multi_init(); }
CURLMcode reader_curl_multi_cleanup(CURLM *multi) { return curl.multi_cleanup(multi); }
CURLMcode reader_curl_multi_add_handle(CURLM *multi, CURL *handle) { return curl.multi_add_handle(multi, handle); }
CURLMcode reader_curl_multi_remove_handle(CURLM *multi, CURL *handle) { return curl.multi_remove_handle(multi, handle); }
CURLMcode reader_curl_multi_perform(CURLM *multi, int *running) { return curl.multi_perform(multi, running); }
CURLMcode reader_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra, unsigned int count, int timeout_ms, int *ready) {
    return curl.multi_poll(multi, extra, count, timeout_ms, ready);
}
CURLMcode reader_curl_multi_wakeup(CURLM *multi) { return curl.multi_wakeup(multi); }
CURLMsg *reader_curl_multi_info_read(CURLM *multi, int *queued) { return curl.multi_info_read(multi, queued); }
const char *reader_curl_multi_strerror(CURLMcode code) { return curl.multi_strerror(code); }
CURLMcode reader_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl.multi_setopt(multi, option, value);
}

struct curl_slist *reader_curl_slist_append(struct curl_slist *list, const char *line) { return curl.slist_append(list, line); }
void reader_curl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }

CURLcode reader_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode reader_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode reader_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode reader_curl_easy_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode reader_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback callback) {
    return curl.easy_setopt(handle, option, callback);
}
CURLcode reader_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *list) {
    return curl.easy_setopt(handle, option, list);
}

CURLcode reader_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}
CURLcode reader_curl_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl.easy_getinfo(handle, info, value);
}
CURLcode reader_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl.easy_getinfo(handle, info, value);
}
