# Driver of the consumer tests (see CMakeLists.txt beside it): cmake -DKIND=find_package|add_subdirectory
# -DCONSUMER_SOURCE_DIR=... -DWORK_DIR=... [-DCDKPP_BINARY_DIR=... | -DCDKPP_SOURCE_DIR=...] -DCONSUMER_*=... -P
cmake_minimum_required(VERSION 3.25)

function(run)
  string(REPLACE ";" " " _shown "${ARGN}")
  message(STATUS "consumer.${KIND}: ${_shown}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "consumer.${KIND}: failed (${_rc}): ${_shown}")
  endif()
endfunction()

foreach(_var KIND CONSUMER_SOURCE_DIR WORK_DIR CONSUMER_GENERATOR CONSUMER_BUILD_TYPE)
  if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
    message(FATAL_ERROR "run_consumer.cmake needs -D${_var}=...")
  endif()
endforeach()

set(_build_dir ${WORK_DIR}/build)
set(_outdir ${WORK_DIR}/cdk.out)
file(REMOVE_RECURSE ${_outdir})

# The consumer is built with the compiler of this build, but not with cdkpp's warning flags: consumers are not
# forced to use them. A library installed from a sanitized build needs the sanitizers' runtimes, so the
# consumer links with them; its own code need not be instrumented for that.
set(_flags "${CONSUMER_CXX_FLAGS}")
set(_link_flags "")
if(CONSUMER_SANITIZE)
  set(_link_flags "-fsanitize=${CONSUMER_SANITIZE}")
endif()
set(_configure
  ${CMAKE_COMMAND} -S ${CONSUMER_SOURCE_DIR} -B ${_build_dir} -G ${CONSUMER_GENERATOR}
  -DCMAKE_BUILD_TYPE=${CONSUMER_BUILD_TYPE}
  "-DCMAKE_CXX_FLAGS=${_flags}"
  "-DCMAKE_EXE_LINKER_FLAGS=${_link_flags}"
  "-DCMAKE_SHARED_LINKER_FLAGS=${_link_flags}")
foreach(_var CONSUMER_MAKE_PROGRAM CONSUMER_CXX_COMPILER CONSUMER_CXX_COMPILER_LAUNCHER)
  if(${_var})
    string(REPLACE "CONSUMER_" "CMAKE_" _cmake_var ${_var})
    list(APPEND _configure -D${_cmake_var}=${${_var}})
  endif()
endforeach()

if(KIND STREQUAL "find_package")
  # Install this build tree into a fresh prefix; the consumer sees only that prefix.
  set(_prefix ${WORK_DIR}/prefix)
  file(REMOVE_RECURSE ${_prefix} ${_build_dir})
  # The build tree's own configuration (its per-configuration targets file installs only for that one); the
  # consumer's build type may be another, as a user's may.
  run(${CMAKE_COMMAND} --install ${CDKPP_BINARY_DIR} --prefix ${_prefix} --config ${INSTALL_CONFIG})
  file(GLOB_RECURSE _configs ${_prefix}/*/cdkppConfig.cmake)
  if(NOT _configs)
    message(FATAL_ERROR "consumer.find_package: the install has no cdkppConfig.cmake")
  endif()
  # Every public header (source tree, generated version.hpp, generated L1 headers) is installed.
  file(GLOB_RECURSE _installed RELATIVE ${_prefix}/include ${_prefix}/include/*.hpp)
  set(_missing "")
  foreach(_dir ${CDKPP_SOURCE_DIR}/include ${CDKPP_BINARY_DIR}/include ${CDKPP_BINARY_DIR}/generated/include)
    file(GLOB_RECURSE _headers RELATIVE ${_dir} ${_dir}/*.hpp)
    foreach(_header IN LISTS _headers)
      if(NOT _header IN_LIST _installed)
        list(APPEND _missing ${_header})
      endif()
    endforeach()
  endforeach()
  if(_missing)
    message(FATAL_ERROR "consumer.find_package: public headers not installed: ${_missing}")
  endif()
  list(APPEND _configure -DCMAKE_PREFIX_PATH=${_prefix} -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
elseif(KIND STREQUAL "add_subdirectory")
  # The build folder is kept between runs: the second copy of the library rebuilds only what changed.
  # The copy of cdkpp is sanitized as this build is (its own CdkppOptions then also picks its optimization level).
  list(APPEND _configure -DCDKPP_SOURCE_DIR=${CDKPP_SOURCE_DIR} -DBUILD_SHARED_LIBS=${CONSUMER_SHARED}
       -DCDKPP_SANITIZE=${CONSUMER_SANITIZE})
else()
  message(FATAL_ERROR "unknown KIND '${KIND}'")
endif()

run(${_configure})
if(DEFINED ENV{CMAKE_BUILD_PARALLEL_LEVEL})
  set(_jobs $ENV{CMAKE_BUILD_PARALLEL_LEVEL})
else()
  cmake_host_system_information(RESULT _jobs QUERY NUMBER_OF_LOGICAL_CORES)
endif()
run(${CMAKE_COMMAND} --build ${_build_dir} --config ${CONSUMER_BUILD_TYPE} --parallel ${_jobs})

find_program(_hello hello PATHS ${_build_dir} ${_build_dir}/${CONSUMER_BUILD_TYPE} NO_DEFAULT_PATH REQUIRED)
run(${_hello} --output ${_outdir})
if(NOT EXISTS ${_outdir}/HelloStack.template.json)
  message(FATAL_ERROR "consumer.${KIND}: ${_outdir}/HelloStack.template.json was not written")
endif()
# The same program through cdkpp::runner, into a new folder.
find_program(_hello_runner hello_runner PATHS ${_build_dir} ${_build_dir}/${CONSUMER_BUILD_TYPE} NO_DEFAULT_PATH REQUIRED)
file(REMOVE_RECURSE ${_outdir}-runner)
run(${_hello_runner} --output ${_outdir}-runner)
if(NOT EXISTS ${_outdir}-runner/HelloStack.template.json)
  message(FATAL_ERROR "consumer.${KIND}: ${_outdir}-runner/HelloStack.template.json was not written")
endif()
# The unit test of the stack, linked with cdkpp::assertions.
find_program(_stack_test stack_test PATHS ${_build_dir} ${_build_dir}/${CONSUMER_BUILD_TYPE} NO_DEFAULT_PATH REQUIRED)
run(${_stack_test})
message(STATUS "consumer.${KIND}: passed")
