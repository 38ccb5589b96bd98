# cmake -DBINARY=…/parcours -DCLI_MODULE=…/parcours_cli.so [-DPOSTER_MODULE=…/parcours_poster.so]
#       -P check-needed.cmake
# Start-up (docs/PERFORMANCE.md): the executable is a launcher that needs no Qt library (so
# `--version` loads none), and the command-line module it loads needs Qt Core and Sql, not Qt Gui
# (and so not fontconfig, X11, EGL, …). A class using Qt Gui that comes within the reach of a
# drawing-free mode puts it back, and this fails.
function(needed_of file out)
    execute_process(COMMAND readelf -d ${file} RESULT_VARIABLE rc OUTPUT_VARIABLE text
                    ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "readelf -d ${file} failed (${rc}): ${err}")
    endif()
    string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${text}")
    list(JOIN needed "\n" needed)
    message(STATUS "${file} needs:\n${needed}")
    set(${out} "${needed}" PARENT_SCOPE)
endfunction()

needed_of(${BINARY} launcher)
if(launcher MATCHES "libQt6")
    message(FATAL_ERROR "${BINARY} needs a Qt library: the launcher must load none")
endif()
needed_of(${CLI_MODULE} needed)
foreach(library libQt6Core libQt6Sql)
    if(NOT needed MATCHES "${library}\\.so")
        message(FATAL_ERROR "${CLI_MODULE} does not need ${library}: is this the right module?")
    endif()
endforeach()
foreach(library libQt6Gui libQt6Widgets)
    if(needed MATCHES "${library}\\.so")
        message(FATAL_ERROR "${CLI_MODULE} needs ${library}: the command line must not load it")
    endif()
endforeach()

# The poster module (app/postermain.cpp) draws journeys and use-case maps with Qt Gui and Svg:
# Widgets, Charts or Print Support (and the libraries behind them) coming back fails.
if(POSTER_MODULE)
    needed_of(${POSTER_MODULE} poster)
    foreach(library libQt6Gui libQt6Svg)
        if(NOT poster MATCHES "${library}\\.so")
            message(FATAL_ERROR "${POSTER_MODULE} does not need ${library}: is this the right module?")
        endif()
    endforeach()
    foreach(library libQt6Widgets libQt6Charts libQt6PrintSupport)
        if(poster MATCHES "${library}\\.so")
            message(FATAL_ERROR "${POSTER_MODULE} needs ${library}: the poster module must not load it")
        endif()
    endforeach()
endif()
