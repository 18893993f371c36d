# The library's modules. A module is named as aws-cdk-lib names it (core, ec2, elasticloadbalancingv2, s3, ...)
# and everything else follows from its name:
#   include/cdk/<name>.hpp, include/cdk/<name>/*.hpp  public headers (installed with all the others)
#   lib/<name>/**/*.cpp                                sources, compiled into cdkpp
#   tests/<name>/*.cpp                                 tests: the executable cdkpp_<name>_tests, ctest label <name>
# Registering one is one line, cdkpp_add_module(<name>), in the list in lib/CMakeLists.txt. The sources are found
# with globs that the build checks again each time (CONFIGURE_DEPENDS), so adding or removing a .cpp file needs no
# edit of a CMake file either. A test area that needs more than its sources (a definition, a dependency) has a
# CMakeLists.txt of its own in tests/<name>/ that adds it to the target cdkpp_<name>_tests.
#
# CDKPP_MODULES (cache variable, default "all"): a project that add_subdirectory()s cdkpp and uses a few modules
# can build just those, e.g. "core" or "ecs;rds". What they use comes with them: the modules and generated L1
# services (cdk/cfn/<service>.hpp) their sources and headers include, found by reading the #include lines.

# cdkpp_module_sources(<name> <out-var>): the sources of a module (lib/<name>/**/*.cpp, sorted).
function(cdkpp_module_sources name out)
  file(GLOB_RECURSE _sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/lib/${name}/*.cpp")
  list(SORT _sources)
  set(${out} ${_sources} PARENT_SCOPE)
endfunction()

# _cdkpp_module_uses(<name> <modules-var> <services-var>): the other modules and the L1 services that the module's
# sources and public headers include.
function(_cdkpp_module_uses name modules_out services_out)
  file(GLOB_RECURSE _files "${PROJECT_SOURCE_DIR}/lib/${name}/*.cpp" "${PROJECT_SOURCE_DIR}/lib/${name}/*.hpp"
       "${PROJECT_SOURCE_DIR}/include/cdk/${name}/*.hpp")
  if(EXISTS "${PROJECT_SOURCE_DIR}/include/cdk/${name}.hpp")
    list(APPEND _files "${PROJECT_SOURCE_DIR}/include/cdk/${name}.hpp")
  endif()
  set(_modules "")
  set(_services "")
  foreach(_file IN LISTS _files)
    file(STRINGS "${_file}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]cdk/[a-z0-9_]+[/.]")
    foreach(_include IN LISTS _includes)
      if(_include MATCHES "cdk/cfn/([a-z0-9_]+)\\.hpp")
        list(APPEND _services ${CMAKE_MATCH_1})
      elseif(_include MATCHES "cdk/([a-z0-9_]+)[/.]")
        set(_used ${CMAKE_MATCH_1})
        if(IS_DIRECTORY "${PROJECT_SOURCE_DIR}/lib/${_used}" AND NOT _used MATCHES "^(assertions|runner)$"
           AND NOT _used STREQUAL name)
          list(APPEND _modules ${_used})
        endif()
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES _modules)
  list(REMOVE_DUPLICATES _services)
  set(${modules_out} ${_modules} PARENT_SCOPE)
  set(${services_out} ${_services} PARENT_SCOPE)
endfunction()

# _cdkpp_selection(): the modules and L1 services CDKPP_MODULES asks for, with everything they use (computed once,
# kept in the global properties CDKPP_SELECTED_MODULES and CDKPP_SELECTED_SERVICES). Not called for "all".
function(_cdkpp_selection)
  get_property(_done GLOBAL PROPERTY CDKPP_SELECTED_MODULES SET)
  if(_done)
    return()
  endif()
  set(_pending ${CDKPP_MODULES})
  set(_modules "")
  set(_services "")
  while(_pending)
    list(POP_FRONT _pending _module)
    if(_module IN_LIST _modules)
      continue()
    endif()
    if(NOT IS_DIRECTORY "${PROJECT_SOURCE_DIR}/lib/${_module}" OR _module MATCHES "^(assertions|runner)$")
      message(FATAL_ERROR "CDKPP_MODULES: '${_module}' is not a module of cdkpp (a folder of lib/ registered in "
                          "lib/CMakeLists.txt), or write \"all\"")
    endif()
    list(APPEND _modules ${_module})
    _cdkpp_module_uses(${_module} _uses _uses_services)
    list(APPEND _pending ${_uses})
    list(APPEND _services ${_uses_services})
  endwhile()
  list(REMOVE_DUPLICATES _services)
  set_property(GLOBAL PROPERTY CDKPP_SELECTED_MODULES ${_modules})
  set_property(GLOBAL PROPERTY CDKPP_SELECTED_SERVICES ${_services})
  message(STATUS "cdkpp: CDKPP_MODULES=${CDKPP_MODULES} builds the modules ${_modules} and the L1 services "
                 "${_services}")
endfunction()

# cdkpp_module_unity_groups(<target> <name> <sources>...): compiles a module's sources in <target> as unity
# sources of at most CDKPP_UNITY_MODULE_BATCH files each (<name>_1, <name>_2, ... in path order). A hand-written
# source spends most of its compile time in the headers every source includes (the core, nlohmann_json, fmt):
# 177 sources took 1070 s of CPU time in CI's sanitized build, about 5 s each. Sources of one module share its
# namespace, so a name defined in two of them (in an anonymous namespace too) must be defined once, in the
# module's detail header, or have a name of its own.
function(cdkpp_module_unity_groups target name)
  set(_index 0)
  set(_count 0)
  foreach(_source IN LISTS ARGN)
    if(_count EQUAL 0)
      math(EXPR _index "${_index} + 1")
    endif()
    set_source_files_properties("${_source}" TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP ${name}_${_index})
    math(EXPR _count "(${_count} + 1) % ${CDKPP_UNITY_MODULE_BATCH}")
  endforeach()
endfunction()

# cdkpp_add_module(<name>): compiles the module's sources into cdkpp and records the module, so that
# tests/CMakeLists.txt adds its test area (cdkpp_add_module_tests). Called in lib/CMakeLists.txt.
function(cdkpp_add_module name)
  if(NOT name MATCHES "^[a-z][a-z0-9_]*$")
    message(FATAL_ERROR "cdkpp_add_module(${name}): a module is named as aws-cdk-lib names it, in lower case "
                        "letters, digits and _ (elasticloadbalancingv2, ecs_patterns)")
  endif()
  get_property(_modules GLOBAL PROPERTY CDKPP_REGISTERED_MODULES)
  if(name IN_LIST _modules)
    message(FATAL_ERROR "cdkpp_add_module(${name}): the module is registered twice")
  endif()
  cdkpp_module_sources(${name} _sources)
  if(NOT _sources)
    message(FATAL_ERROR "cdkpp_add_module(${name}): no sources in lib/${name}/ (a module's sources are "
                        "lib/${name}/*.cpp; its headers are include/cdk/${name}/*.hpp)")
  endif()
  if(NOT CDKPP_MODULES STREQUAL "all")
    _cdkpp_selection()
    get_property(_selected GLOBAL PROPERTY CDKPP_SELECTED_MODULES)
    if(NOT name IN_LIST _selected)
      return()
    endif()
  endif()
  target_sources(cdkpp PRIVATE ${_sources})
  if(CDKPP_UNITY_BUILD)
    cdkpp_module_unity_groups(cdkpp ${name} ${_sources})
  endif()
  set_property(GLOBAL APPEND PROPERTY CDKPP_REGISTERED_MODULES ${name})
endfunction()

# cdkpp_cfn_sources(<out-var>): the generated L1 sources to compile: all of them (CDKPP_MODULES "all": a program
# may use the L1 classes of a service without an L2 module), or those of the services the chosen modules use.
function(cdkpp_cfn_sources out)
  if(CDKPP_MODULES STREQUAL "all")
    set(${out} ${CDKPP_CFN_SOURCES} PARENT_SCOPE)
    return()
  endif()
  _cdkpp_selection()
  get_property(_services GLOBAL PROPERTY CDKPP_SELECTED_SERVICES)
  set(_sources "")
  foreach(_source IN LISTS CDKPP_CFN_SOURCES)
    get_filename_component(_service "${_source}" NAME_WE)
    string(REGEX REPLACE "_([0-9]+|include)$" "" _service "${_service}")
    if(_service IN_LIST _services)
      list(APPEND _sources "${_source}")
    endif()
  endforeach()
  set(${out} ${_sources} PARENT_SCOPE)
endfunction()

# cdkpp_add_module_tests(): the test area of every registered module that has a folder tests/<name>/, from
# tests/CMakeLists.txt (which defines cdkpp_add_test_area): tests/<name>/*.cpp in one executable, cdkpp_<name>_tests. A tests/<name>/CMakeLists.txt,
# when there is one, adds what the area needs beyond its sources (a definition, a dependency) to that target.
function(cdkpp_add_module_tests)
  get_property(_modules GLOBAL PROPERTY CDKPP_REGISTERED_MODULES)
  foreach(_module IN LISTS _modules)
    set(_dir "${CMAKE_CURRENT_SOURCE_DIR}/${_module}")
    if(NOT IS_DIRECTORY "${_dir}")
      # No test area of its own: its tests are in another module's (sns_subscriptions in tests/sns).
      continue()
    endif()
    file(GLOB _tests CONFIGURE_DEPENDS "${_dir}/*.cpp")
    if(NOT _tests)
      message(FATAL_ERROR "cdkpp_add_module(${_module}): no tests in tests/${_module}/ (its tests are "
                          "tests/${_module}/*.cpp, one executable cdkpp_${_module}_tests)")
    endif()
    list(SORT _tests)
    cdkpp_add_test_area(${_module} ${_tests})
    if(EXISTS "${_dir}/CMakeLists.txt")
      add_subdirectory(${_module})
    endif()
  endforeach()
endfunction()
