#ifndef SEGUR_CLIBXML2_SHIM_H
#define SEGUR_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation.
   Nothing here uses libxml2's ICU converters (we decode bytes ourselves and hand libxml2 UTF-8),
   and the only ICU-dependent declarations are two trailing members of xmlCharEncodingHandler,
   which this project never reads or allocates. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
