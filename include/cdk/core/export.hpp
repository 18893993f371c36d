// Symbol visibility for the cdkpp library. Static builds need nothing; shared builds export the public API
// and hide the rest (the library is compiled with -fvisibility=hidden).
#pragma once

#if defined(CDKPP_SHARED)
#  if defined(_WIN32)
#    if defined(CDKPP_EXPORTS)
#      define CDKPP_API __declspec(dllexport)
#    else
#      define CDKPP_API __declspec(dllimport)
#    endif
#  else
#    define CDKPP_API __attribute__((visibility("default")))
#  endif
#else
#  define CDKPP_API
#endif
