# Compiler settings for cdkpp's own targets. Consumers are not forced to use them.

if(CDKPP_SANITIZE)
  # Everything (library, tests, samples) is built with the same sanitizers so that their runtimes match.
  # -O1, whatever the build type: what the sanitizers' authors recommend (reports with whole stack traces), and a
  # sanitized build at -O3 takes about twice as long to compile, which CI cannot afford.
  add_compile_options(-fsanitize=${CDKPP_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all -O1)
  add_link_options(-fsanitize=${CDKPP_SANITIZE})
  # UndefinedBehaviorSanitizer is for the hand-written library code, where the arithmetic, casts and
  # enumerations are. Test code and the generated L1 layer (struct-to-JSON code from tools/cfn-gen) keep
  # AddressSanitizer only: UBSan's checks doubled their compile time (tests/core as one unity source: 30 s
  # with both, 18 s with ASan only; one of the L1's 4 unity sources: 67 s and 37 s; 2026-12-07), half of a CI
  # run's build. The library code they call is instrumented all the same.
  if(CDKPP_SANITIZE MATCHES "undefined")
    set(CDKPP_SANITIZE_GENERATED_OPTIONS -fno-sanitize=undefined)
    set(CDKPP_SANITIZE_TEST_OPTIONS -fno-sanitize=undefined)
  endif()
  # The generated layer is also compiled without optimization: a quarter less compile time with AddressSanitizer
  # kept (one of its unity sources: 39 s of CPU time at -O1, 30 s at -O0; 26 s at -O1 without ASan; 2026-12-07).
  # Its code only copies typed props into JSON values, where optimization gains the tests nothing.
  list(APPEND CDKPP_SANITIZE_GENERATED_OPTIONS -O0)
endif()

# cdkpp_target_warnings(<target>): the strict warning set of the project's own code.
function(cdkpp_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports false positives from its optimiser inside the standard library and Boost
    # (GCC bugs 105545, 107852): keep the rest strict.
    target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-maybe-uninitialized -Wno-stringop-overflow
                                             -Wno-restrict)
  endif()
  if(CDKPP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
