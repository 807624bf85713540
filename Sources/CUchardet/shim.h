#ifndef SEGUR_CUCHARDET_SHIM_H
#define SEGUR_CUCHARDET_SHIM_H
#include <uchardet/uchardet.h>
#endif
