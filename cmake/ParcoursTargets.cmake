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

# Seconds the longest tests took in CI (.ci/run, 7 December 2026). A fresh build has no timing
# history, so ctest would start tests in declaration order and the longest, declared last,
# would run alone at the end; with a COST it starts them first and the two slots end together.
set(PARCOURS_LONG_TESTS
    tst_sharedworkspace=74 tst_cli=69 tst_parserfuzz=57 installer_deb=44 tst_posterexport=35
    tst_wrappedposter=28 tst_cliusecases=24 tst_concurrentreaders=15 tst_termination=15)

function(parcours_set_test_cost name)
    foreach(entry IN LISTS PARCOURS_LONG_TESTS)
        if(entry MATCHES "^${name}=([0-9]+)$")
            set_tests_properties(${name} PROPERTIES COST ${CMAKE_MATCH_1})
        endif()
    endforeach()
endfunction()

# One shared library for the tests. Each test executable linked its own copy of the static
# libraries it used: under ASan about 200 MB for a window test, 10 GB of build tree for ninety
# tests, and a CI machine ran out of disk while linking (lld's "Bus error"). The tests link
# libparcours_shared_for_tests.so instead, every object of those libraries in one file, so each
# executable holds its own code only. The application is built as it ships (static libraries
# inside the modules); the benchmarks link the static libraries too, to measure that.
option(PARCOURS_TESTS_SHARED_LIBRARY "Link the tests against one shared library of Parcours's code" ON)
set(PARCOURS_TESTED_LIBRARIES parcours_models parcours_views parcours_app parcours_resources)

function(parcours_add_shared_library_for_tests)
    add_library(parcours_shared_for_tests SHARED ${PROJECT_SOURCE_DIR}/tests/support/sharedfortests.cpp)
    set(archives)
    foreach(library parcours_models parcours_views parcours_app)
        list(APPEND archives "$<TARGET_FILE:${library}>")
        target_include_directories(parcours_shared_for_tests INTERFACE
            $<TARGET_PROPERTY:${library},INTERFACE_INCLUDE_DIRECTORIES>)
    endforeach()
    list(JOIN archives "," archives)
    # Every member of the archives, whether a test needs it or not. Linking the same archives
    # normally as well brings what they link (Qt, SQLite, zlib, libpq, the resources' objects)
    # and relinks when they change; none of their members is taken twice, since the
    # whole-archive copies already define every symbol.
    target_link_options(parcours_shared_for_tests PRIVATE
        "LINKER:--whole-archive,${archives},--no-whole-archive")
    target_link_libraries(parcours_shared_for_tests
        PRIVATE ${PARCOURS_TESTED_LIBRARIES}
        PUBLIC Qt6::Widgets Qt6::Charts Qt6::PrintSupport Qt6::Svg Qt6::Sql Qt6::Gui Qt6::Core)
endfunction()

# target_link_libraries(TARGET SCOPE LIBRARIES...) for the tests' targets: Parcours's own
# libraries come from libparcours_shared_for_tests.so when PARCOURS_TESTS_SHARED_LIBRARY is on.
function(parcours_link_tested target scope)
    set(libraries)
    foreach(library IN LISTS ARGN)
        if(PARCOURS_TESTS_SHARED_LIBRARY AND library IN_LIST PARCOURS_TESTED_LIBRARIES)
            set(library parcours_shared_for_tests)
        endif()
        list(APPEND libraries ${library})
    endforeach()
    list(REMOVE_DUPLICATES libraries)
    target_link_libraries(${target} ${scope} ${libraries})
endfunction()

# One test executable per unit, registered with CTest, always headless.
function(parcours_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test)
    parcours_link_tested(${name} PRIVATE ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        PARCOURS_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        PARCOURS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    parcours_configure_target(${name})
    add_test(NAME ${name} COMMAND ${name})
    # Tests run in the sanitized build, where each `parcours` process a test starts costs about
    # 0.35 s of CPU before main(); tst_cli starts some 200 of them, on machines other builds share.
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 600)
    parcours_set_test_cost(${name})
endfunction()

# Every C++ source and header of the targets defined in DIRS (and their subdirectories),
# as absolute paths, in OUT; their include directories in OUT_INCLUDES. Used for lupdate,
# which scans only the files it is given: a file added to any of those targets is picked up
# at the next configure without editing a list.
function(parcours_translatable_sources out out_includes)
    set(sources "")
    set(includes "")
    set(dirs ${ARGN})
    while(dirs)
        list(POP_FRONT dirs dir)
        get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
        list(APPEND dirs ${subdirs})
        get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
        foreach(target IN LISTS targets)
            get_target_property(type ${target} TYPE)
            if(type STREQUAL "UTILITY" OR type STREQUAL "INTERFACE_LIBRARY")
                continue()
            endif()
            get_target_property(target_dir ${target} SOURCE_DIR)
            get_target_property(target_sources ${target} SOURCES)
            foreach(source IN LISTS target_sources)
                if(source MATCHES "\\.(cpp|h)$" AND NOT source MATCHES "\\$<")
                    get_filename_component(source "${source}" ABSOLUTE BASE_DIR "${target_dir}")
                    if(EXISTS "${source}")
                        list(APPEND sources "${source}")
                    endif()
                endif()
            endforeach()
            list(APPEND includes "${target_dir}")
        endforeach()
    endwhile()
    list(REMOVE_DUPLICATES sources)
    list(SORT sources)
    list(REMOVE_DUPLICATES includes)
    set(${out} "${sources}" PARENT_SCOPE)
    set(${out_includes} "${includes}" PARENT_SCOPE)
endfunction()

# The Qt headers most translation units of a library include, compiled once per library.
# Kept to a few dozen headers on purpose: a precompiled <QtWidgets> (300 MB with GCC) costs
# more to load than it saves, while this set cuts each translation unit's time by about a
# third (docs/PERFORMANCE.md, "Build and CI time"). clang-tidy reads the same headers
# precompiled by clang (scripts/run-clang-tidy.sh); a missing #include of one of them shows
# only with -DPARCOURS_PRECOMPILED_HEADERS=OFF.
option(PARCOURS_PRECOMPILED_HEADERS "Precompile the Qt headers shared by the libraries" ON)
set(PARCOURS_CORE_PCH
    <QCoreApplication> <QHash> <QList> <QLocale> <QObject> <QSet> <QString> <QStringList>
    <QVariant>)
set(PARCOURS_WIDGETS_PCH
    ${PARCOURS_CORE_PCH}
    <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QLabel> <QLineEdit> <QPainter> <QPointer> <QPushButton> <QTimer>
    <QToolButton> <QVBoxLayout> <QWidget>)
function(parcours_precompile_headers target)
    if(PARCOURS_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
