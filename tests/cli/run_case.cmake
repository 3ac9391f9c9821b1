# Runs command-line cases in one CMake process:
#   cmake -DBPA=<bpa> -DFIXTURES=<dir> -DCASES=<a.test|b.test|...> -P run_case.cmake
# (or -DCASE=<x.test> for one). Every case runs; each failing one is reported
# by name with what differed, and the run fails if any did.
#
# A case is a CMake script that sets
#   ARGS                  the arguments of `bpa` (a list)
#   EXPECT_EXIT           the exit code
#   EXPECT_STDOUT         substrings that standard output must contain (a list; optional)
#   EXPECT_STDERR         substrings that standard error must contain (a list; optional)
#   EXPECT_STDOUT_ABSENT  substrings that standard output must not contain (a list; optional)
#   EXPECT_STDOUT_EXACT   the whole of standard output (optional)
#   EXPECT_STDERR_LINES   the exact number of lines on standard error (optional)
#   TIMEOUT_SECONDS       `bpa` must finish within this many seconds (optional)
#   EXPECT_CRLF_MAX       every line of standard output ends with CRLF and has at most this many
#                         octets before it (optional). The other checks see standard output
#                         with its CRs removed (execute_process drops them), so this one runs
#                         `bpa` again and reads its raw bytes.
# "@FIXTURES@" in any of them stands for the fixtures directory. A substring
# cannot hold ";" (CMake's list separator): split it in two. It may hold "[",
# which CMake's own list splitting would not cut at: lists are split by hand.
cmake_minimum_required(VERSION 3.20)

foreach(var BPA FIXTURES)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_case.cmake: -D${var}=... is required")
  endif()
endforeach()
string(REPLACE "|" ";" CASES "${CASES}")
if(DEFINED CASE)
  list(APPEND CASES "${CASE}")
endif()
if(NOT CASES)
  message(FATAL_ERROR "run_case.cmake: -DCASES=... or -DCASE=... is required")
endif()

# Takes the first item of the list in variable `rest_var` into `item_var`, with
# @FIXTURES@ replaced, and removes it from the list.
function(take_item rest_var item_var)
  set(rest "${${rest_var}}")
  string(FIND "${rest}" ";" semi)
  if(semi EQUAL -1)
    set(item "${rest}")
    set(rest "")
  else()
    string(SUBSTRING "${rest}" 0 ${semi} item)
    math(EXPR next "${semi} + 1")
    string(SUBSTRING "${rest}" ${next} -1 rest)
  endif()
  string(REPLACE "@FIXTURES@" "${FIXTURES}" item "${item}")
  set(${rest_var} "${rest}" PARENT_SCOPE)
  set(${item_var} "${item}" PARENT_SCOPE)
endfunction()

# Appends to `failures` a line for each item of `list` that `text` does not
# contain (mode CONTAINS) or does contain (mode ABSENT).
function(check_substrings mode name text list)
  set(found_failures "")
  set(rest "${list}")
  while(NOT rest STREQUAL "")
    take_item(rest item)
    string(FIND "${text}" "${item}" at)
    if(mode STREQUAL "CONTAINS" AND at EQUAL -1)
      string(APPEND found_failures "  ${name} lacks: ${item}\n")
    elseif(mode STREQUAL "ABSENT" AND NOT at EQUAL -1)
      string(APPEND found_failures "  ${name} contains: ${item}\n")
    endif()
  endwhile()
  set(failures "${failures}${found_failures}" PARENT_SCOPE)
endfunction()

# Runs the case in file CASE; sets `report` in the caller to what failed, or "".
function(run_one_case CASE)
  set(report "" PARENT_SCOPE)
  set(ARGS "")
  set(EXPECT_EXIT "")
  set(EXPECT_STDOUT "")
  set(EXPECT_STDERR "")
  set(EXPECT_STDOUT_ABSENT "")
  unset(EXPECT_STDOUT_EXACT)
  unset(EXPECT_STDERR_LINES)
  unset(EXPECT_CRLF_MAX)
  unset(TIMEOUT_SECONDS)
  include("${CASE}")
  if(EXPECT_EXIT STREQUAL "")
    set(report "${CASE}: EXPECT_EXIT is not set\n" PARENT_SCOPE)
    return()
  endif()

  set(args "")
  set(rest "${ARGS}")
  while(NOT rest STREQUAL "")
    take_item(rest a)
    list(APPEND args "${a}")
  endwhile()

  set(timeout "")
  if(DEFINED TIMEOUT_SECONDS)
    set(timeout TIMEOUT ${TIMEOUT_SECONDS})
  endif()
  execute_process(COMMAND "${BPA}" ${args}
                  ${timeout}
                  RESULT_VARIABLE exit_code
                  OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)

  set(failures "")
  if(NOT exit_code STREQUAL EXPECT_EXIT)
    string(APPEND failures "  exit code ${exit_code}, expected ${EXPECT_EXIT}\n")
  endif()
  check_substrings(CONTAINS stdout "${out}" "${EXPECT_STDOUT}")
  check_substrings(CONTAINS stderr "${err}" "${EXPECT_STDERR}")
  check_substrings(ABSENT stdout "${out}" "${EXPECT_STDOUT_ABSENT}")

  if(DEFINED EXPECT_STDOUT_EXACT)
    string(REPLACE "@FIXTURES@" "${FIXTURES}" exact "${EXPECT_STDOUT_EXACT}")
    if(NOT out STREQUAL exact)
      string(APPEND failures "  stdout is not exactly: ${exact}\n")
    endif()
  endif()

  if(DEFINED EXPECT_STDERR_LINES)
    string(REGEX MATCHALL "\n" newlines "${err}")
    list(LENGTH newlines lines)
    if(NOT lines EQUAL EXPECT_STDERR_LINES)
      string(APPEND failures "  ${lines} lines on stderr, expected ${EXPECT_STDERR_LINES}\n")
    endif()
  endif()

  if(DEFINED EXPECT_CRLF_MAX)
    get_filename_component(case_name "${CASE}" NAME_WE)
    set(raw_file "${CMAKE_CURRENT_BINARY_DIR}/${case_name}.stdout")
    execute_process(COMMAND "${BPA}" ${args} OUTPUT_FILE "${raw_file}" ERROR_QUIET)
    file(READ "${raw_file}" hex HEX)
    file(REMOVE "${raw_file}")
    # One "xx " per octet, so that a match cannot straddle two octets.
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\1 " octets "${hex}")
    string(REGEX MATCHALL "0d 0a " crlfs "${octets}")
    string(REGEX MATCHALL "0a " lfs "${octets}")
    string(REGEX MATCHALL "0d " crs "${octets}")
    list(LENGTH crlfs n_crlf)
    list(LENGTH lfs n_lf)
    list(LENGTH crs n_cr)
    if(n_crlf EQUAL 0 OR NOT n_lf EQUAL n_crlf OR NOT n_cr EQUAL n_crlf)
      string(APPEND failures "  ${n_lf} LF and ${n_cr} CR on stdout, ${n_crlf} of them CRLF\n")
    endif()
    string(REGEX REPLACE "0d 0a $" "" octets "${octets}")
    string(REPLACE "0d 0a " ";" lines "${octets}")
    set(line_number 0)
    foreach(line IN LISTS lines)
      math(EXPR line_number "${line_number} + 1")
      string(LENGTH "${line}" chars)
      math(EXPR length "${chars} / 3")
      if(length GREATER EXPECT_CRLF_MAX)
        string(APPEND failures "  stdout line ${line_number} has ${length} octets, more than ${EXPECT_CRLF_MAX}\n")
      endif()
    endforeach()
  endif()

  if(failures)
    string(REPLACE ";" " " shown_args "${args}")
    set(report "bpa ${shown_args}\n${failures}--- stdout ---\n${out}--- stderr ---\n${err}" PARENT_SCOPE)
  endif()
endfunction()

set(failed "")
list(LENGTH CASES total)
foreach(case_file IN LISTS CASES)
  run_one_case("${case_file}")
  if(NOT report STREQUAL "")
    get_filename_component(case_name "${case_file}" NAME_WE)
    list(APPEND failed "${case_name}")
    message("FAILED ${case_name} (${case_file})\n${report}")
  endif()
endforeach()
list(LENGTH failed failed_count)
if(failed_count GREATER 0)
  string(REPLACE ";" ", " failed_names "${failed}")
  message(FATAL_ERROR "${failed_count} of ${total} command-line cases failed: ${failed_names}")
endif()
message("${total} command-line cases passed")
