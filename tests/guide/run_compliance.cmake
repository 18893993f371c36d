# Runs the guide's compliance example: it must fail with HIPAA.Security findings, none of them the rule it
# acknowledges.
file(REMOVE_RECURSE ${OUTPUT})
execute_process(COMMAND ${PROGRAM} --output ${OUTPUT} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "exit ${rc}\n${err}")
if(rc EQUAL 0)
  message(FATAL_ERROR "guide.compliance: synthesis succeeded; the guide says it fails with findings")
endif()
if(NOT err MATCHES "HIPAA\\.Security-")
  message(FATAL_ERROR "guide.compliance: no HIPAA.Security finding in the error")
endif()
if(err MATCHES "VPCNoUnrestrictedRouteToIGW")
  message(FATAL_ERROR "guide.compliance: the acknowledged rule is among the findings")
endif()
