# The install test: `cmake --install` into WORK_DIR/prefix, then checks the layout a desktop expects.
#   cmake -DBUILD_DIR=<build> -DWORK_DIR=<dir> -DAPP_ID=<id> -DVERSION=<x.y.z> -DAPPSTREAMCLI=<appstreamcli> -P this file
foreach(var BUILD_DIR WORK_DIR APP_ID VERSION APPSTREAMCLI)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check-install: ${var} is not set")
    endif()
endforeach()
set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}"
    OUTPUT_VARIABLE log ERROR_VARIABLE log RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${log}")
endif()

include(GNUInstallDirs) # the same relative folders the project installs to
set(expected
    ${CMAKE_INSTALL_BINDIR}/banister
    ${CMAKE_INSTALL_BINDIR}/banister-cli
    ${CMAKE_INSTALL_BINDIR}/banister-sandbox
    ${CMAKE_INSTALL_DATADIR}/applications/${APP_ID}.desktop
    ${CMAKE_INSTALL_DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${CMAKE_INSTALL_MANDIR}/man1/banister-cli.1)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(lang en de fr ja)
    list(APPEND expected ${CMAKE_INSTALL_DATADIR}/banister/translations/banister_${lang}.qm)
endforeach()
set(missing "")
foreach(f IN LISTS expected)
    if(NOT EXISTS "${prefix}/${f}")
        list(APPEND missing "${f}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()

# The PNGs are the sizes their folders say (PNG header: width and height at bytes 16..23).
foreach(size 16 22 24 32 48 64 128 256)
    file(READ "${prefix}/${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 16 dims)
    string(SUBSTRING "${dims}" 0 8 wh)
    string(SUBSTRING "${dims}" 8 8 hh)
    math(EXPR w "0x${wh}")
    math(EXPR h "0x${hh}")
    if(NOT w EQUAL size OR NOT h EQUAL size)
        message(FATAL_ERROR "the ${size}x${size} icon is ${w}x${h}")
    endif()
endforeach()

# The installed binaries run from the prefix.
foreach(exe banister banister-cli)
    execute_process(COMMAND "${prefix}/${CMAKE_INSTALL_BINDIR}/${exe}" --version
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0 OR NOT out STREQUAL "${exe} ${VERSION}")
        message(FATAL_ERROR "${exe} --version: exit ${rc}, \"${out}\" ${err}")
    endif()
endforeach()

# The manual page documents every command and formats without a warning.
file(READ "${prefix}/${CMAKE_INSTALL_MANDIR}/man1/banister-cli.1" man)
foreach(command plan apply verify report undo capture)
    if(NOT man MATCHES "\n\\.SS ${command}\n")
        message(FATAL_ERROR "banister-cli.1 has no section for ${command}")
    endif()
endforeach()
find_program(GROFF groff)
if(GROFF)
    execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z "${prefix}/${CMAKE_INSTALL_MANDIR}/man1/banister-cli.1"
        ERROR_VARIABLE warnings RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "")
        message(FATAL_ERROR "banister-cli.1 does not format cleanly:\n${warnings}")
    endif()
endif()

# AppStream over the whole installed tree: metainfo, the desktop entry it launches and the icon found together.
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --explain "${prefix}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree:\n${out}${err}")
endif()
message(STATUS "installed and checked: ${prefix}")
