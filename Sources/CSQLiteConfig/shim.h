#ifndef CSQLITECONFIG_SHIM_H
#define CSQLITECONFIG_SHIM_H
#include <sqlite3.h>

/// Turns off SQLite's memory statistics for the whole process: with them on (the default), every allocation
/// SQLite makes takes and releases a global mutex, about a fifth of a bulk import's time in SQLite (issue 9).
/// Nothing of ours reads the statistics (`sqlite3_memory_used`, the soft heap limit). `sqlite3_config` is
/// variadic, so Swift cannot call it directly; it only works before SQLite is initialized, and returns
/// SQLITE_MISUSE (changing nothing) afterwards.
static inline int outreach_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
