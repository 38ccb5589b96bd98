# cmake -DBINARY=…/parcours -P check-needed.cmake
# Start-up (docs/PERFORMANCE.md): the command-line executable needs Qt Core and Sql, not Qt Gui
# (and so not fontconfig, X11, EGL, …). A class using Qt Gui that comes within the reach of a
# drawing-free mode puts it back, and this fails.
execute_process(COMMAND readelf -d ${BINARY} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf -d ${BINARY} failed (${rc}): ${err}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${out}")
list(JOIN needed "\n" needed)
message(STATUS "${BINARY} needs:\n${needed}")
foreach(library libQt6Core libQt6Sql)
    if(NOT needed MATCHES "${library}\\.so")
        message(FATAL_ERROR "${BINARY} does not need ${library}: is this the right binary?")
    endif()
endforeach()
foreach(library libQt6Gui libQt6Widgets)
    if(needed MATCHES "${library}\\.so")
        message(FATAL_ERROR "${BINARY} needs ${library}: the command line must not load it")
    endif()
endforeach()
