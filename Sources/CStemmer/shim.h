#ifndef CASEBOOK_CSTEMMER_SHIM_H
#define CASEBOOK_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
