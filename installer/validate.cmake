# cmake -DTOOL=… -DTOOL_NAME=… [-DTOOL_ARGS=a;b] -DFILE=… -P validate.cmake
# Runs a validator on FILE; fails with its output when it reports a problem.
if(NOT TOOL)
    message(FATAL_ERROR "${TOOL_NAME} is not installed (scripts/install-deps.sh installs it)")
endif()
execute_process(COMMAND ${TOOL} ${TOOL_ARGS} ${FILE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR err MATCHES "error|warning")
    message(FATAL_ERROR "${TOOL_NAME} ${FILE} failed (${rc}):\n${out}${err}")
endif()
message(STATUS "${TOOL_NAME}: ${FILE}: valid\n${out}")
