// The source that owns the test areas' precompiled header (tests/CMakeLists.txt, CDKPP_PRECOMPILE_HEADERS): the
// header is compiled with it, and every test area reuses it. Nothing else is in it.
