# SDL2 for the page, compiled from Debian's source package (scripts/setup.sh
# fetches it to ${BPA_CACHE}/sdl2-src) as part of the page's build.
#
# SDL's own CMake configuration probes the compiler a hundred and sixty times;
# with emcc each probe starts Python, clang and the linker, and the probes took
# four of the five minutes SDL cost on a fresh machine. The answers for
# Emscripten are known, so they are written down here once: the C library
# Emscripten provides, and the parts of SDL the page uses (video on a canvas
# with WebGL, events, timers, the clipboard). Audio, the 2D renderer, joysticks,
# haptics, sensors, power, locale, file system paths, shared objects and
# threads are left out; their entry points remain as SDL's own stubs.
#
# Defines the static library targets `sdl2` (the page) and `sdl2_demo` (the
# benchmark's anchor), each with SDL's public headers.

set(BPA_SDL2_SRC "${BPA_CACHE}/sdl2-src" CACHE PATH "SDL2 sources (Debian source package libsdl2)")
if(NOT EXISTS "${BPA_SDL2_SRC}/src/SDL.c")
  message(FATAL_ERROR "SDL2 sources not found in ${BPA_SDL2_SRC}: run scripts/setup.sh web first")
endif()

# What Emscripten's C library has (the HAVE_* of SDL's configuration).
set(_bpa_sdl_have
  LIBC GCC_ATOMICS ALLOCA_H CTYPE_H FLOAT_H ICONV_H INTTYPES_H LIMITS_H MALLOC_H MATH_H MEMORY_H
  SIGNAL_H STDARG_H STDDEF_H STDINT_H STDIO_H STDLIB_H STRINGS_H STRING_H SYS_TYPES_H WCHAR_H
  MALLOC CALLOC REALLOC FREE ALLOCA GETENV SETENV PUTENV UNSETENV QSORT BSEARCH ABS BCOPY
  MEMSET MEMCPY MEMMOVE MEMCMP WCSLEN WCSDUP WCSSTR WCSCMP WCSNCMP WCSCASECMP WCSNCASECMP
  STRLEN STRLCPY STRLCAT INDEX RINDEX STRCHR STRRCHR STRSTR STRTOK_R STRTOL STRTOUL STRTOLL
  STRTOULL STRTOD ATOI ATOF STRCMP STRNCMP STRCASECMP STRNCASECMP STRCASESTR SSCANF VSSCANF
  VSNPRINTF M_PI ACOS ACOSF ASIN ASINF ATAN ATANF ATAN2 ATAN2F CEIL CEILF COPYSIGN COPYSIGNF
  COS COSF EXP EXPF FABS FABSF FLOOR FLOORF FMOD FMODF LOG LOGF LOG10 LOG10F LROUND LROUNDF
  POW POWF ROUND ROUNDF SCALBN SCALBNF SIN SINF SQRT SQRTF TAN TANF TRUNC TRUNCF FSEEKO
  SIGACTION SA_SIGACTION SETJMP NANOSLEEP SYSCONF CLOCK_GETTIME MPROTECT ICONV POLL _EXIT)
# The subsystems left out, and the stub or driver each part that stays uses.
set(_bpa_sdl_config
  SDL_ATOMIC_DISABLED SDL_AUDIO_DISABLED SDL_CPUINFO_DISABLED SDL_JOYSTICK_DISABLED
  SDL_HAPTIC_DISABLED SDL_HIDAPI_DISABLED SDL_SENSOR_DISABLED SDL_LOADSO_DISABLED
  SDL_RENDER_DISABLED SDL_THREADS_DISABLED SDL_POWER_DISABLED SDL_FILESYSTEM_DISABLED
  SDL_LOCALE_DISABLED SDL_MISC_DISABLED
  SDL_AUDIO_DRIVER_DUMMY SDL_JOYSTICK_DUMMY SDL_HAPTIC_DUMMY SDL_SENSOR_DUMMY SDL_LOADSO_DUMMY
  SDL_FILESYSTEM_DUMMY SDL_MISC_DUMMY SDL_LOCALE_DUMMY SDL_TIMER_UNIX
  SDL_VIDEO_DRIVER_EMSCRIPTEN SDL_VIDEO_OPENGL_ES2 SDL_VIDEO_OPENGL_EGL)

# SDL's core, the Emscripten video driver, and the stubs of what is left out.
set(_bpa_sdl_sources
  SDL.c SDL_assert.c SDL_dataqueue.c SDL_error.c SDL_guid.c SDL_hints.c SDL_list.c SDL_log.c SDL_utils.c
  atomic/SDL_atomic.c atomic/SDL_spinlock.c
  audio/SDL_audio.c audio/SDL_audiocvt.c audio/SDL_audiodev.c audio/SDL_audiotypecvt.c audio/SDL_mixer.c
  audio/SDL_wave.c audio/dummy/SDL_dummyaudio.c
  cpuinfo/SDL_cpuinfo.c dynapi/SDL_dynapi.c
  events/SDL_clipboardevents.c events/SDL_displayevents.c events/SDL_dropevents.c events/SDL_events.c
  events/SDL_gesture.c events/SDL_keyboard.c events/SDL_keysym_to_scancode.c events/SDL_mouse.c
  events/SDL_quit.c events/SDL_scancode_tables.c events/SDL_touch.c events/SDL_windowevents.c events/imKStoUCS.c
  file/SDL_rwops.c filesystem/dummy/SDL_sysfilesystem.c
  haptic/SDL_haptic.c haptic/dummy/SDL_syshaptic.c hidapi/SDL_hidapi.c
  joystick/SDL_gamecontroller.c joystick/SDL_joystick.c joystick/controller_type.c joystick/dummy/SDL_sysjoystick.c
  loadso/dummy/SDL_sysloadso.c locale/SDL_locale.c locale/dummy/SDL_syslocale.c
  misc/SDL_url.c misc/dummy/SDL_sysurl.c power/SDL_power.c
  render/SDL_render.c render/SDL_yuv_sw.c
  sensor/SDL_sensor.c sensor/dummy/SDL_dummysensor.c
  stdlib/SDL_crc16.c stdlib/SDL_crc32.c stdlib/SDL_getenv.c stdlib/SDL_iconv.c stdlib/SDL_malloc.c
  stdlib/SDL_qsort.c stdlib/SDL_stdlib.c stdlib/SDL_string.c stdlib/SDL_strtokr.c
  thread/SDL_thread.c thread/generic/SDL_syscond.c thread/generic/SDL_sysmutex.c thread/generic/SDL_syssem.c
  thread/generic/SDL_systhread.c thread/generic/SDL_systls.c
  timer/SDL_timer.c timer/unix/SDL_systimer.c
  video/SDL_RLEaccel.c video/SDL_blit.c video/SDL_blit_0.c video/SDL_blit_1.c video/SDL_blit_A.c
  video/SDL_blit_N.c video/SDL_blit_auto.c video/SDL_blit_copy.c video/SDL_blit_slow.c video/SDL_bmp.c
  video/SDL_clipboard.c video/SDL_egl.c video/SDL_fillrect.c video/SDL_pixels.c video/SDL_rect.c
  video/SDL_shape.c video/SDL_stretch.c video/SDL_surface.c video/SDL_video.c video/SDL_vulkan_utils.c
  video/SDL_yuv.c video/yuv2rgb/yuv_rgb.c
  video/emscripten/SDL_emscriptenevents.c video/emscripten/SDL_emscriptenframebuffer.c
  video/emscripten/SDL_emscriptenmouse.c video/emscripten/SDL_emscriptenopengles.c
  video/emscripten/SDL_emscriptenvideo.c)
# bpa_sdl2(<target> <config...>): SDL2 with the given configuration.
function(bpa_sdl2 target)
  set(config ${ARGN})
  set(header "#ifndef SDL_config_h_\n#define SDL_config_h_\n/* Written by cmake/sdl2_wasm.cmake */\n#include \"SDL_platform.h\"\n#define SIZEOF_VOIDP 4\n#define STDC_HEADERS 1\n")
  foreach(h ${_bpa_sdl_have})
    string(APPEND header "#define HAVE_${h} 1\n")
  endforeach()
  foreach(c ${config})
    string(APPEND header "#define ${c} 1\n")
  endforeach()
  string(APPEND header "#endif\n")
  set(dir "${CMAKE_BINARY_DIR}/${target}-config")
  file(CONFIGURE OUTPUT "${dir}/SDL_config.h" CONTENT "${header}")
  set(sources ${_bpa_sdl_sources})
  if(NOT "SDL_JOYSTICK_DISABLED" IN_LIST config)
    list(APPEND sources joystick/emscripten/SDL_sysjoystick.c)
    list(REMOVE_ITEM sources joystick/dummy/SDL_sysjoystick.c)
  endif()
  # Compiled in one batch per part of SDL (audio, events, video, ...): each
  # emcc call starts Python, so a file each cost more than compiling them.
  # The YUV converter's header has no include guard: it stays apart. (SDL's own
  # maths library is not compiled at all: Emscripten's C library has every
  # function of it, HAVE_* above, and SDL calls those instead.)
  foreach(source ${sources})
    string(REGEX MATCH "^[^/]+" part "${source}")
    if(NOT source MATCHES "/")
      set(part "core")  # SDL.c, SDL_error.c, ...: one batch
    endif()
    if(source MATCHES "yuv2rgb")
      set_source_files_properties("${BPA_SDL2_SRC}/src/${source}" PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    else()
      set_source_files_properties("${BPA_SDL2_SRC}/src/${source}" PROPERTIES UNITY_GROUP "${part}")
    endif()
  endforeach()
  list(TRANSFORM sources PREPEND "${BPA_SDL2_SRC}/src/")
  add_library(${target} STATIC ${sources})
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP C_VISIBILITY_PRESET hidden)
  # Our configuration comes first; SDL's generic SDL_config.h stops the build if
  # it is ever reached instead (USING_GENERATED_CONFIG_H).
  target_include_directories(${target} BEFORE PRIVATE "${dir}")
  target_include_directories(${target} SYSTEM PUBLIC "${BPA_SDL2_SRC}/include")
  target_compile_definitions(${target} PRIVATE SDL_STATIC_LIB USING_GENERATED_CONFIG_H
                             SDL_BUILD_MAJOR_VERSION=2 SDL_BUILD_MINOR_VERSION=26 SDL_BUILD_MICRO_VERSION=5)
  target_compile_options(${target} PRIVATE -fno-strict-aliasing -w "SHELL:-idirafter ${BPA_SDL2_SRC}/src/video/khronos")
endfunction()

# The page's.
bpa_sdl2(sdl2 ${_bpa_sdl_config})
# Dear ImGui's Emscripten demo, the page benchmark's anchor (tests/browser/bench.mjs),
# asks for game controllers at start: the same library with Emscripten's gamepads.
list(REMOVE_ITEM _bpa_sdl_config SDL_JOYSTICK_DISABLED SDL_JOYSTICK_DUMMY)
bpa_sdl2(sdl2_demo ${_bpa_sdl_config} SDL_JOYSTICK_EMSCRIPTEN)
set_target_properties(sdl2_demo PROPERTIES EXCLUDE_FROM_ALL ON)
