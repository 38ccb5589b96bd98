# Settings every Parcours target shares: warnings and Qt's strict defines.
function(parcours_configure_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_FOREACH
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        # -Wconversion is left out: in Qt 6 code nearly all it reports is qsizetype -> int
        # (QList::size()/indexOf() against int-based model rows and widget geometry), each
        # needing a cast that adds nothing; -Wfloat-conversion keeps the lossy double->int
        # cases. (The code written so far builds clean with it: see CONTRIBUTING.md.)
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wfloat-conversion -Wnon-virtual-dtor
            -Woverloaded-virtual -Wcast-qual)
        if(PARCOURS_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# One test executable per unit, registered with CTest, always headless.
function(parcours_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        PARCOURS_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        PARCOURS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    parcours_configure_target(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 300)
endfunction()
