# Finds PCRE2's 8-bit library (Debian: libpcre2-dev), which has no CMake package of its own, and defines the
# imported target PCRE2::pcre2-8. PCRE2_USE_STATIC_LIBS=ON prefers the static archive.
include(FindPackageHandleStandardArgs)

find_path(PCRE2_INCLUDE_DIR NAMES pcre2.h)
if(PCRE2_USE_STATIC_LIBS)
  find_library(PCRE2_LIBRARY NAMES libpcre2-8.a pcre2-8)
else()
  find_library(PCRE2_LIBRARY NAMES pcre2-8)
endif()
find_package_handle_standard_args(PCRE2 REQUIRED_VARS PCRE2_LIBRARY PCRE2_INCLUDE_DIR)

if(PCRE2_FOUND AND NOT TARGET PCRE2::pcre2-8)
  add_library(PCRE2::pcre2-8 UNKNOWN IMPORTED)
  set_target_properties(PCRE2::pcre2-8 PROPERTIES
    IMPORTED_LOCATION "${PCRE2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PCRE2_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "PCRE2_CODE_UNIT_WIDTH=8")
  if(PCRE2_LIBRARY MATCHES "\\.a$")
    set_property(TARGET PCRE2::pcre2-8 APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS PCRE2_STATIC)
  endif()
endif()
mark_as_advanced(PCRE2_INCLUDE_DIR PCRE2_LIBRARY)
