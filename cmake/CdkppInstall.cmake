# Install rules and the package config. An installed cdkpp is used with
#   find_package(cdkpp CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE cdkpp::cdkpp)          # cdkpp::runner for runApp
#   target_link_libraries(app_test PRIVATE cdkpp::assertions)  # unit tests: Template, Match
# Included by the top-level CMakeLists.txt when CDKPP_INSTALL is on (the default when cdkpp is the top-level
# project), after every target is defined.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CDKPP_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/cdkpp"
    CACHE STRING "Where the package config is installed, relative to the prefix")

install(TARGETS cdkpp cdkpp_runner cdkpp_assertions
  EXPORT cdkppTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
          NAMELINK_COMPONENT Development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# Public headers: the source tree's include/, the generated include/ of the build tree (cdk/version.hpp), and
# the L1 generator's output. Headers are generated at build time, so a folder missing at configure time is
# fine (OPTIONAL). Whoever generates headers elsewhere appends the folder to the global property
# CDKPP_GENERATED_INCLUDE_DIRS (set_property(GLOBAL APPEND PROPERTY CDKPP_GENERATED_INCLUDE_DIRS <dir>)).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/ ${PROJECT_BINARY_DIR}/include/
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  COMPONENT Development
  FILES_MATCHING PATTERN "*.hpp" PATTERN "*.h")
get_property(_cdkpp_generated_include_dirs GLOBAL PROPERTY CDKPP_GENERATED_INCLUDE_DIRS)
list(PREPEND _cdkpp_generated_include_dirs ${PROJECT_BINARY_DIR}/generated/include)
list(REMOVE_DUPLICATES _cdkpp_generated_include_dirs)
foreach(_dir IN LISTS _cdkpp_generated_include_dirs)
  install(DIRECTORY ${_dir}/
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
    COMPONENT Development
    OPTIONAL
    FILES_MATCHING PATTERN "*.hpp" PATTERN "*.h")
endforeach()

install(EXPORT cdkppTargets
  NAMESPACE cdkpp::
  FILE cdkppTargets.cmake
  DESTINATION ${CDKPP_INSTALL_CMAKEDIR}
  COMPONENT Development)

# The config finds what the exported target refers to: nlohmann_json always (public headers use it); in a
# static build also the private dependencies, which the static library's link interface names.
if(BUILD_SHARED_LIBS)
  set(CDKPP_CONFIG_SHARED ON)
else()
  set(CDKPP_CONFIG_SHARED OFF)
endif()
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/cdkppConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cdkppConfig.cmake
  INSTALL_DESTINATION ${CDKPP_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cdkppConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cdkppConfig.cmake ${PROJECT_BINARY_DIR}/cdkppConfigVersion.cmake
    ${PROJECT_SOURCE_DIR}/cmake/FindPCRE2.cmake
  DESTINATION ${CDKPP_INSTALL_CMAKEDIR}
  COMPONENT Development)
