// Statement counter for the write path (not part of a bench run): an
// LD_PRELOAD library that counts sqlite3_step calls per SQL text and the
// thread CPU time spent in them (a statement's time includes the statements it
// runs inside, such as FTS5's own), and writes the table at exit to
// $STEPCOUNT_OUT (else stderr): steps, microseconds, SQL.
//
//   gcc -O2 -shared -fPIC -o /tmp/stepcount.so Tools/bench/harness/stepcount.c -ldl
//   STEPCOUNT_OUT=/tmp/steps.txt LD_PRELOAD=/tmp/stepcount.so reader-bench micro --apply-articles 5000 --runs 1
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
typedef struct sqlite3_stmt sqlite3_stmt;
static int (*real_step)(sqlite3_stmt *);
static const char *(*real_sql)(sqlite3_stmt *);
#define MAXS 512
static struct { char *sql; long n; double ns; } tab[MAXS];
static int ntab;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static double now(void) { struct timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return t.tv_sec * 1e9 + t.tv_nsec; }
int sqlite3_step(sqlite3_stmt *s) {
    if (!real_step) { real_step = dlsym(RTLD_NEXT, "sqlite3_step"); real_sql = dlsym(RTLD_NEXT, "sqlite3_sql"); }
    double t0 = now();
    int rc = real_step(s);
    double dt = now() - t0;
    const char *q = real_sql(s);
    if (!q) q = "?";
    pthread_mutex_lock(&mu);
    int i;
    for (i = 0; i < ntab; i++) if (strcmp(tab[i].sql, q) == 0) break;
    if (i == ntab && ntab < MAXS) { tab[ntab].sql = strdup(q); ntab++; }
    if (i < MAXS) { tab[i].n++; tab[i].ns += dt; }
    pthread_mutex_unlock(&mu);
    return rc;
}
__attribute__((destructor)) static void dump(void) {
    const char *p = getenv("STEPCOUNT_OUT");
    FILE *f = p ? fopen(p, "w") : stderr;
    if (!f) return;
    for (int i = 0; i < ntab; i++) {
        char one[121]; strncpy(one, tab[i].sql, 120); one[120] = 0;
        for (char *c = one; *c; c++) if (*c == '\n' || *c == '\t') *c = ' ';
        fprintf(f, "%10ld %12.0f us  %s\n", tab[i].n, tab[i].ns / 1e3, one);
    }
    if (p) fclose(f);
}
