#ifndef SEGUR_CSTEMMER_SHIM_H
#define SEGUR_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
