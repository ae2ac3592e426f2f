#pragma once
// libcsv comes from Debian's libcsv-dev (Homebrew: libcsv). It ships no pkg-config file.
#if __has_include(<csv.h>)
#include <csv.h>
#else
#error "libcsv not found: run 'apt-get install libcsv-dev' (Debian/Ubuntu) or 'brew install libcsv'"
#endif
