#ifndef CZLIBREADER_SHIM_H
#define CZLIBREADER_SHIM_H
// zlib for the reader's checksums (ZIPFoundation keeps its own zlib module private).
#include <zlib.h>
#endif
