# Writes banister-cli's manual page (roff) from its --help: the overview, then each command's --help.
#   cmake -DCLI=<banister-cli> -DOUTPUT=<banister-cli.1> -DVERSION=<x.y.z> -P manpage.cmake
foreach(var CLI OUTPUT VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage: ${var} is not set")
    endif()
endforeach()

function(help out)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${CLI} ${ARGN} --help
        OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR text STREQUAL "")
        message(FATAL_ERROR "manpage: banister-cli ${ARGN} --help failed (${rc})")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Plain text as roff: no filling, backslashes and minus signs escaped, no line taken for a request.
function(roff out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} ".nf\n${text}.fi\n" PARENT_SCOPE)
endfunction()

help(overview)
# The commands are the indented words under "Commands:" in the overview.
string(REGEX MATCH "Commands:\n(.*)\nOptions:" section "${overview}")
string(REGEX MATCHALL "\n  [a-z]+ " lines "\n${CMAKE_MATCH_1}")
set(commands "")
foreach(line IN LISTS lines)
    string(STRIP "${line}" command)
    list(APPEND commands "${command}")
endforeach()
if(NOT commands)
    message(FATAL_ERROR "manpage: no commands found in banister-cli --help")
endif()

roff(body "${overview}")
set(page ".TH BANISTER\\-CLI 1 \"\" \"banister\\-cli ${VERSION}\" \"User Commands\"
.SH NAME
banister\\-cli \\- plan, apply, verify and report the Gainsight CS and Staircase AI integration without the wizard
.SH SYNOPSIS
.B banister\\-cli
.I COMMAND
.RI [ options ]
.br
.B banister\\-cli
.I COMMAND
.B \\-\\-help
.SH DESCRIPTION
${body}.SH COMMANDS
")
foreach(command IN LISTS commands)
    help(text ${command})
    roff(body "${text}")
    string(APPEND page ".SS ${command}\n${body}")
endforeach()
string(APPEND page ".SH SEE ALSO
The wizard is
.BR banister ;
.B banister\\-sandbox \\-\\-help
describes the sandbox tenant on its own.
")
file(WRITE "${OUTPUT}" "${page}")
