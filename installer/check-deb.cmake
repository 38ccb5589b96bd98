# cmake -DCPACK=… -DCONFIG=…/CPackConfig.cmake -DWORK_DIR=… -DAPP_ID=… -DVERSION=… -P check-deb.cmake
# Builds the Debian package from the build tree and checks what it installs: the binary,
# desktop entry, icons, AppStream data and MIME type, its dependencies, and that the
# packaged binary runs.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "${command} failed (${rc}):\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

run(${CPACK} -G DEB --config ${CONFIG} -B ${WORK_DIR})
file(GLOB debs ${WORK_DIR}/parcours_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one parcours_${VERSION}_*.deb in ${WORK_DIR}, found: ${debs}")
endif()
message(STATUS "Package: ${debs}")

run(dpkg-deb -c ${debs})
set(contents "${out}")
set(expected
    ./usr/bin/parcours
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/mime/packages/${APP_ID}.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/icons/hicolor/scalable/mimetypes/application-x-parcours-workspace.svg
    ./usr/share/doc/parcours/copyright
    ./usr/share/doc/parcours/icons-LICENSE)
foreach(module ${CLI_MODULE} ${WINDOW_MODULE} ${DOCUMENT_MODULE} ${POSTER_MODULE})
    list(APPEND expected ./usr/${module})
endforeach()
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected
         ./usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png
         ./usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-parcours-workspace.png)
endforeach()
set(missing "")
foreach(path IN LISTS expected)
    string(FIND "${contents}" " ${path}\n" at)
    if(at EQUAL -1)
        list(APPEND missing ${path})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "missing from the package:\n  ${missing}\ncontents:\n${contents}")
endif()

run(dpkg-deb -f ${debs} Package Version Depends Recommends)
set(control "${out}")
message(STATUS "Control fields:\n${control}")
foreach(dependency libqt6sql6-sqlite libqt6widgets6 libqt6svg6 libc6)
    if(NOT control MATCHES "Depends:[^\n]*${dependency}")
        message(FATAL_ERROR "Depends lacks ${dependency}:\n${control}")
    endif()
endforeach()

# What the package installs validates, and the packaged binary runs.
set(root ${WORK_DIR}/root)
run(dpkg-deb -x ${debs} ${root})
run(desktop-file-validate ${root}/usr/share/applications/${APP_ID}.desktop)
run(appstreamcli validate --no-net ${root}/usr/share/metainfo/${APP_ID}.metainfo.xml)
# The copyright file is machine-readable (DEP-5): MIT for the program, CC0 for the icons.
file(READ ${root}/usr/share/doc/parcours/copyright copyright)
foreach(field "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
              "\nFiles: \\*\nCopyright: [^\n]*The Parcours authors\nLicense: MIT\n"
              "\nFiles: resources/icons/\\*\n[^\n]*\nLicense: CC0-1.0\n"
              "\nLicense: MIT\n Permission is hereby granted" "\nLicense: CC0-1.0\n")
    if(NOT copyright MATCHES "${field}")
        message(FATAL_ERROR "usr/share/doc/parcours/copyright lacks '${field}':\n${copyright}")
    endif()
endforeach()
run(${root}/usr/bin/parcours --version)
if(NOT out STREQUAL "parcours ${VERSION}\n")
    message(FATAL_ERROR "the packaged binary printed '${out}'")
endif()
message(STATUS "OK: ${debs}")
# The window and the poster exports are a module the binary loads from the package's lib folder
# (app/main.cpp): a start with a bad option goes through it and ends in its usage error.
if(WINDOW_MODULE)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE=en
                            ${root}/usr/bin/parcours --no-such-option
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 1 OR NOT err MATCHES "unknown option --no-such-option")
        message(FATAL_ERROR "the packaged window module did not run (${rc}):\n${out}\n${err}")
    endif()
endif()
# An import into a workspace that exists runs in the document module (app/documentmodule.cpp),
# from the same folder; new (and an import into a new file) in the command-line module.
if(DOCUMENT_MODULE)
    run(${root}/usr/bin/parcours new ${WORK_DIR}/new.parcours)
    file(WRITE ${WORK_DIR}/added.mmd "journey\n  title Added\n  section Visit\n    Look: 3: Me\n")
    run(${root}/usr/bin/parcours import ${WORK_DIR}/added.mmd --format mermaid
        -o ${WORK_DIR}/new.parcours)
    run(${root}/usr/bin/parcours check ${WORK_DIR}/new.parcours)
endif()
# A journey's poster exports run in the poster module (app/postermain.cpp), from the same folder.
if(POSTER_MODULE AND DOCUMENT_MODULE)
    file(WRITE ${WORK_DIR}/journey.mmd "journey\n    title Packaged\n    section Visit\n      Look: 4: Customer\n")
    file(REMOVE ${WORK_DIR}/journey.parcours)
    run(${root}/usr/bin/parcours import ${WORK_DIR}/journey.mmd --format mermaid
        -o ${WORK_DIR}/journey.parcours)
    run(${root}/usr/bin/parcours export ${WORK_DIR}/journey.parcours --format svg
        -o ${WORK_DIR}/journey.svg)
    file(READ ${WORK_DIR}/journey.svg svg)
    if(NOT svg MATCHES "<svg" OR NOT svg MATCHES "<title>Packaged</title>")
        message(FATAL_ERROR "the packaged poster module wrote no journey poster:\n${out}")
    endif()
endif()
